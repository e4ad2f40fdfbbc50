<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BuildArea</name>
    <message>
        <source>K: how many filters (output channels)</source>
        <translation>K: số bộ lọc (số kênh đầu ra)</translation>
    </message>
    <message>
        <source>F: the filter is F x F pixels</source>
        <translation>F: bộ lọc có kích thước F x F điểm ảnh</translation>
    </message>
    <message>
        <source>s: how many pixels the window moves each step</source>
        <translation>s: số điểm ảnh cửa sổ dịch đi sau mỗi bước</translation>
    </message>
    <message>
        <source>valid: no padding; same: pad so that the output is ceil(n / s)</source>
        <translation>valid: không đệm; same: đệm sao cho đầu ra là ceil(n / s)</translation>
    </message>
    <message>
        <source>the pooling window is this many pixels square</source>
        <translation>cửa sổ gộp là hình vuông có cạnh bằng chừng này điểm ảnh</translation>
    </message>
    <message>
        <source>share of the values set to zero during training</source>
        <translation>tỉ lệ giá trị bị đặt về 0 khi huấn luyện</translation>
    </message>
    <message>
        <source>N_out: how many outputs</source>
        <translation>N_out: số đầu ra</translation>
    </message>
    <message>
        <source>the function applied to each output</source>
        <translation>hàm áp dụng lên từng đầu ra</translation>
    </message>
    <message>
        <source>filters</source>
        <extracomment>The form&apos;s label of each setting (the key is what spec files and messages call it).</extracomment>
        <translation>Số bộ lọc (filters)</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Nhân (kernel)</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>Bước trượt (stride)</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>Phần đệm (padding)</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>Cửa sổ gộp (pool)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Tỉ lệ (rate)</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Số nơ-ron (units)</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Hàm kích hoạt (activation)</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Bắt đầu từ:</translation>
    </message>
    <message>
        <source>Load the {0} architecture into the editor</source>
        <translation>Nạp kiến trúc {0} vào trình soạn thảo</translation>
    </message>
    <message>
        <source>Open spec...</source>
        <translation>Mở đặc tả...</translation>
    </message>
    <message>
        <source>Read a network saved as JSON</source>
        <translation>Đọc một mạng đã lưu dưới dạng JSON</translation>
    </message>
    <message>
        <source>Save spec...</source>
        <translation>Lưu đặc tả...</translation>
    </message>
    <message>
        <source>Save this network as a small JSON file</source>
        <translation>Lưu mạng này thành một tệp JSON nhỏ</translation>
    </message>
    <message>
        <source>Train this network</source>
        <translation>Huấn luyện mạng</translation>
    </message>
    <message>
        <source>Open the Train area with this network selected</source>
        <translation>Mở mục Huấn luyện với mạng này đã được chọn</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Kích thước đầu ra</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>Số tham số</translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation>Cộng dồn</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>Vùng tiếp nhận</translation>
    </message>
    <message>
        <source>How much of the 28x28 input one unit sees and how far apart neighbouring units&apos; windows are (jump): {0}</source>
        <translation>Phần ảnh đầu vào 28x28 mà một đơn vị nhìn thấy, và khoảng cách giữa cửa sổ của hai đơn vị kề nhau (bước nhảy, jump): {0}</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Thêm lớp</translation>
    </message>
    <message>
        <source>Insert a layer after the selected one (Insert)</source>
        <translation>Chèn một lớp sau lớp đang chọn (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected layer (Delete)</source>
        <translation>Xóa lớp đang chọn (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move the selected layer up (Ctrl+Up)</source>
        <translation>Chuyển lớp đang chọn lên trên (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Move the selected layer down (Ctrl+Down)</source>
        <translation>Chuyển lớp đang chọn xuống dưới (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Add Dense(10, softmax)</source>
        <translation>Thêm Dense(10, softmax)</translation>
    </message>
    <message>
        <source>Finish the network with the classifier: one probability per digit</source>
        <translation>Kết thúc mạng bằng lớp phân loại: mỗi chữ số một xác suất</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>Total params: {total} (trainable {trainable}, non-trainable {fixed}) · {macs} multiply-adds per image · weights {kb} KB (float32) · training needs about {memory} with batches of {batch}</source>
        <translation>Tổng số tham số: {total} (huấn luyện được {trainable}, cố định {fixed}) · {macs} phép nhân-cộng mỗi ảnh · trọng số {kb} KB (float32) · huấn luyện cần khoảng {memory} với lô {batch} mẫu</translation>
    </message>
    <message>
        <source>Totals appear once the network is valid.</source>
        <translation>Các tổng số sẽ hiện ra khi mạng hợp lệ.</translation>
    </message>
    <message>
        <source>For comparison: {0}</source>
        <translation>Để so sánh: {0}</translation>
    </message>
    <message>
        <source>{name} {params} params, {macs} multiply-adds</source>
        <translation>{name} {params} tham số, {macs} phép nhân-cộng</translation>
    </message>
    <message>
        <source>Fix the errors listed under the table first</source>
        <translation>Hãy sửa các lỗi liệt kê dưới bảng trước</translation>
    </message>
    <message>
        <source>Add a layer to start.</source>
        <translation>Thêm một lớp để bắt đầu.</translation>
    </message>
    <message>
        <source>Layer {0}: {1}</source>
        <translation>Lớp {0}: {1}</translation>
    </message>
    <message>
        <source>28x28x1 image</source>
        <translation>ảnh 28x28x1</translation>
    </message>
    <message>
        <source>receptive field: {0}</source>
        <translation>vùng tiếp nhận: {0}</translation>
    </message>
    <message>
        <source>{0} multiply-adds per image</source>
        <translation>{0} phép nhân-cộng mỗi ảnh</translation>
    </message>
    <message>
        <source>&lt;b&gt;Input:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Đầu vào:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>unknown (an earlier layer has an error)</source>
        <translation>không xác định (một lớp phía trước có lỗi)</translation>
    </message>
    <message>
        <source>{0} values</source>
        <translation>{0} giá trị</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>Lớp này không có thiết lập nào.</translation>
    </message>
    <message>
        <source>Save network spec</source>
        <translation>Lưu đặc tả mạng</translation>
    </message>
    <message>
        <source>Network spec (*.json)</source>
        <translation>Đặc tả mạng (*.json)</translation>
    </message>
    <message>
        <source>folder {0} does not exist</source>
        <translation>thư mục {0} không tồn tại</translation>
    </message>
    <message>
        <source>Could not save the spec</source>
        <translation>Không lưu được đặc tả</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Không ghi được {0}: {1}</translation>
    </message>
    <message>
        <source>Open network spec</source>
        <translation>Mở đặc tả mạng</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Could not open the spec</source>
        <translation>Không mở được đặc tả</translation>
    </message>
</context>
<context>
    <name>architectures</name>
    <message>
        <source>The course CNN: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense10, 104,202 parameters.</source>
        <extracomment>Architectures made of joined reader-cnns, by how many they join.</extracomment>
        <translation>CNN của khóa học: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense10, 104.202 tham số.</translation>
    </message>
    <message>
        <source>The course CNN with a hidden layer and a &apos;not a digit&apos; output: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense128-Dropout-Dense11, shared out to ten digits by a fixed Dense10; 241,785 parameters.</source>
        <translation>CNN của khóa học thêm một lớp ẩn và một đầu ra &apos;không phải chữ số&apos;: Conv32-Pool-Conv64-Pool-Conv128-Flatten-Dense128-Dropout-Dense11, được một lớp Dense10 cố định chia đều cho mười chữ số; 241.785 tham số.</translation>
    </message>
    <message>
        <source>Two reader-cnns side by side, their answers averaged: Conv64-Pool-Conv128/2-Pool-Conv256/2-Conv256/2-Flatten-Dropout-Dense11-Dense10 (/2: two groups that never mix); 483,449 parameters.</source>
        <translation>Hai mạng reader-cnn đặt song song, lấy trung bình câu trả lời: Conv64-Pool-Conv128/2-Pool-Conv256/2-Conv256/2-Flatten-Dropout-Dense11-Dense10 (/2: hai nhóm không bao giờ trộn lẫn); 483.449 tham số.</translation>
    </message>
    <message>
        <source>Three reader-cnns side by side, their answers averaged: Conv96-Pool-Conv192/3-Pool-Conv384/3-Conv384/3-Flatten-Dropout-Dense11-Dense10 (/3: three groups that never mix); 725,113 parameters.</source>
        <translation>Ba mạng reader-cnn đặt song song, lấy trung bình câu trả lời: Conv96-Pool-Conv192/3-Pool-Conv384/3-Conv384/3-Flatten-Dropout-Dense11-Dense10 (/3: ba nhóm không bao giờ trộn lẫn); 725.113 tham số.</translation>
    </message>
    <message>
        <source>LeNet-5 (1998): CONV-POOL-CONV-POOL-FC120-FC84-FC10 on 28x28 padded to 32x32, 61,706 parameters.</source>
        <translation>LeNet-5 (1998): CONV-POOL-CONV-POOL-FC120-FC84-FC10 trên ảnh 28x28 được đệm thành 32x32, 61.706 tham số.</translation>
    </message>
    <message>
        <source>A dense network, no convolutions: Flatten-Dense128-Dense10, 101,770 parameters (the course CNN&apos;s budget). Every pixel has its own weights, so a digit moved by a few pixels is new input to it.</source>
        <translation>Mạng kết nối đầy đủ, không có tích chập: Flatten-Dense128-Dense10, 101.770 tham số (ngang với CNN của khóa học). Mỗi điểm ảnh có trọng số riêng, nên một chữ số bị dịch đi vài điểm ảnh là một đầu vào hoàn toàn mới đối với mạng.</translation>
    </message>
    <message>
        <source>A bigger dense network: Flatten-Dense256-Dense256-Dense10, 269,322 parameters (2.6x the course CNN&apos;s).</source>
        <translation>Mạng kết nối đầy đủ lớn hơn: Flatten-Dense256-Dense256-Dense10, 269.322 tham số (gấp 2,6 lần CNN của khóa học).</translation>
    </message>
    <message>
        <source>unknown architecture &apos;{0}&apos;; choose one of: {1}</source>
        <translation>kiến trúc không xác định &apos;{0}&apos;; hãy chọn một trong: {1}</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>a number too long to show</source>
        <translation>một số quá dài để hiển thị</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>not a network spec: expected an object with a list of &apos;layers&apos;</source>
        <translation>không phải đặc tả mạng: cần một đối tượng có danh sách &apos;layers&apos;</translation>
    </message>
    <message>
        <source>layer {0}: unknown kind {1} (choose {2})</source>
        <translation>lớp {0}: loại lớp không xác định {1} (hãy chọn {2})</translation>
    </message>
    <message>
        <source>layer {0} ({1}): unknown setting(s) {2}</source>
        <translation>lớp {0} ({1}): thiết lập không xác định {2}</translation>
    </message>
    <message>
        <source>layer {0} ({1}): {2} must be a number or text, not {3}</source>
        <translation>lớp {0} ({1}): {2} phải là số hoặc văn bản, không phải {3}</translation>
    </message>
    <message>
        <source>the network&apos;s name must be text, not {0}</source>
        <translation>tên mạng phải là văn bản, không phải {0}</translation>
    </message>
    <message>
        <source>the network&apos;s name is {0} characters long; at most {1} are allowed</source>
        <translation>tên mạng dài {0} ký tự; chỉ cho phép tối đa {1}</translation>
    </message>
    <message>
        <source>the network has {0} layers; at most {1} are allowed</source>
        <translation>mạng có {0} lớp; chỉ cho phép tối đa {1}</translation>
    </message>
    <message>
        <source>{0} is too large for a network spec: {1} (at most {2} MB)</source>
        <translation>{0} quá lớn đối với một đặc tả mạng: {1} (tối đa {2} MB)</translation>
    </message>
    <message>
        <source>{0} is {1}, not a spec file</source>
        <translation>{0} là {1}, không phải tệp đặc tả</translation>
    </message>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>không đọc được {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a network spec: it is not UTF-8 text</source>
        <translation>{0} không phải đặc tả mạng: tệp không phải văn bản UTF-8</translation>
    </message>
    <message>
        <source>{0} is not valid JSON (line {1}: {2})</source>
        <translation>{0} không phải JSON hợp lệ (dòng {1}: {2})</translation>
    </message>
    <message>
        <source>{0} is not a network spec: its JSON is nested too deeply</source>
        <translation>{0} không phải đặc tả mạng: JSON của tệp lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>{0} is not a network spec: it holds a number with more than {1} digits</source>
        <translation>{0} không phải đặc tả mạng: tệp chứa một số có hơn {1} chữ số</translation>
    </message>
    <message>
        <source>the limit is {0}</source>
        <translation>giới hạn là {0}</translation>
    </message>
    <message>
        <source>the limit is {0}, half of this computer&apos;s memory ({1})</source>
        <translation>giới hạn là {0}, một nửa bộ nhớ của máy tính này ({1})</translation>
    </message>
    <message>
        <source>this network needs about {0} to train with batches of {1}; {2}</source>
        <translation>mạng này cần khoảng {0} để huấn luyện với lô {1} mẫu; {2}</translation>
    </message>
    <message>
        <source>{0} values</source>
        <translation>{0} giá trị</translation>
    </message>
    <message>
        <source>{0} must be a whole number &gt;= 1 (got {1})</source>
        <translation>{0} phải là số nguyên &gt;= 1 (nhận được {1})</translation>
    </message>
    <message>
        <source>{0} must be at most {1} (got {2})</source>
        <translation>{0} tối đa là {1} (nhận được {2})</translation>
    </message>
    <message>
        <source>rate must be &gt;= 0 and &lt; 1 (got {0})</source>
        <translation>rate phải &gt;= 0 và &lt; 1 (nhận được {0})</translation>
    </message>
    <message>
        <source>padding must be &apos;valid&apos; or &apos;same&apos; (got {0})</source>
        <translation>padding phải là &apos;valid&apos; hoặc &apos;same&apos; (nhận được {0})</translation>
    </message>
    <message>
        <source>activation must be one of {0} (got {1})</source>
        <translation>activation phải là một trong {0} (nhận được {1})</translation>
    </message>
    <message>
        <source>output: {0}</source>
        <translation>đầu ra: {0}</translation>
    </message>
    <message>
        <source>params: {0}</source>
        <translation>tham số: {0}</translation>
    </message>
    <message>
        <source>&apos;same&apos; padding p = {0}: {1}</source>
        <translation>phần đệm &apos;same&apos; p = {0}: {1}</translation>
    </message>
    <message>
        <source>{0} on a {1}x{1} input leaves nothing: {2}</source>
        <translation>{0} trên đầu vào {1}x{1} không còn lại gì: {2}</translation>
    </message>
    <message>
        <source>{0} needs rows and columns, but its input is {1} flat values: put it before Flatten</source>
        <translation>{0} cần đầu vào có hàng và cột, nhưng đầu vào của nó là {1} giá trị đã làm phẳng: hãy đặt nó trước Flatten</translation>
    </message>
    <message>
        <source>a dense layer between the same input and output would need {0}</source>
        <translation>một lớp kết nối đầy đủ giữa cùng đầu vào và đầu ra đó sẽ cần {0} tham số</translation>
    </message>
    <message>
        <source>params: 0 (pooling learns nothing)</source>
        <translation>tham số: 0 (lớp gộp không học gì)</translation>
    </message>
    <message>
        <source>output: the average of each {0}x{1} map = {2} values</source>
        <translation>đầu ra: trung bình của từng bản đồ {0}x{1} = {2} giá trị</translation>
    </message>
    <message>
        <source>output: {0} = {1} values in a row</source>
        <translation>đầu ra: {0} = {1} giá trị xếp thành một hàng</translation>
    </message>
    <message>
        <source>output: same shape ({0})</source>
        <translation>đầu ra: giữ nguyên kích thước ({0})</translation>
    </message>
    <message>
        <source>during training {0} of the values are zeroed at random</source>
        <translation>khi huấn luyện, {0} số giá trị bị đặt về 0 một cách ngẫu nhiên</translation>
    </message>
    <message>
        <source>output: same shape</source>
        <translation>đầu ra: giữ nguyên kích thước</translation>
    </message>
    <message>
        <source>{0} ({1} trainable scale and shift, {2} running mean and variance)</source>
        <translation>{0} ({1} hệ số co giãn và dịch chuyển huấn luyện được, {2} trung bình và phương sai trượt)</translation>
    </message>
    <message>
        <source>Dense needs flat input, but gets {0}: add Flatten or GlobalAveragePooling2D before it</source>
        <translation>Dense cần đầu vào phẳng, nhưng nhận {0}: hãy thêm Flatten hoặc GlobalAveragePooling2D trước nó</translation>
    </message>
    <message>
        <source>output: {0} values</source>
        <translation>đầu ra: {0} giá trị</translation>
    </message>
    <message>
        <source>unknown kind {0}</source>
        <translation>loại lớp không xác định {0}</translation>
    </message>
    <message>
        <source>cannot be computed: an earlier layer has an error</source>
        <translation>không tính được: một lớp phía trước có lỗi</translation>
    </message>
    <message>
        <source>layer {0} ({1}): {2}</source>
        <translation>lớp {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>the network is empty: add layers, ending with Dense(10, softmax)</source>
        <translation>mạng đang trống: hãy thêm các lớp, kết thúc bằng Dense(10, softmax)</translation>
    </message>
    <message>
        <source>missing classifier head: the network must end with Dense(10, softmax), one probability per digit</source>
        <translation>thiếu lớp phân loại ở cuối: mạng phải kết thúc bằng Dense(10, softmax), mỗi chữ số một xác suất</translation>
    </message>
    <message>
        <source>the network ends with {0}, not 10 probabilities</source>
        <translation>mạng kết thúc với {0}, không phải 10 xác suất</translation>
    </message>
</context>
</TS>
