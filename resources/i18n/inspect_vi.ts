<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FeatureMapGrid</name>
    <message>
        <source>channel</source>
        <translation>kênh</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>bộ lọc</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>nơ-ron</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>chữ số</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>giá trị kích hoạt</translation>
    </message>
    <message>
        <source>{what} {index} of {count} ({h}x{w}): values {low} to {high}</source>
        <translation>{what} {index}/{count} ({h}x{w}): giá trị từ {low} đến {high}</translation>
    </message>
    <message>
        <source>No maps for this layer</source>
        <translation>Lớp này không có bản đồ đặc trưng</translation>
    </message>
</context>
<context>
    <name>InspectArea</name>
    <message>
        <source>Draw a digit on the canvas (Draw tab, Alt+D) to see inside the network.</source>
        <translation>Vẽ một chữ số trên khung vẽ (thẻ Vẽ) để xem bên trong mạng.</translation>
    </message>
    <message>
        <source>Show saliency</source>
        <translation>Bản đồ nổi bật</translation>
    </message>
    <message>
        <source>Colour the pixels that drove the current prediction (gradient saliency); it appears when you pause drawing</source>
        <translation>Tô màu các điểm ảnh đã quyết định dự đoán hiện tại (bản đồ nổi bật theo gradient); bản đồ hiện ra khi bạn ngừng vẽ</translation>
    </message>
    <message>
        <source>The first conv layer&apos;s kernels: blue negative, red positive weights</source>
        <translation>Các nhân (kernel) của lớp tích chập đầu tiên: xanh là trọng số âm, đỏ là trọng số dương</translation>
    </message>
    <message>
        <source>Layer (type)</source>
        <translation>Lớp (loại)</translation>
    </message>
    <message>
        <source>Output Shape</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <source>Param #</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>Vùng tiếp nhận</translation>
    </message>
    <message>
        <source>How much of the 28x28 input one unit of the layer sees, and how far apart neighbouring units&apos; windows are (jump): r_out = r_in + (k - 1)*j_in, j_out = j_in*s</source>
        <translation>Một nơ-ron của lớp nhìn thấy bao nhiêu phần của đầu vào 28x28, và cửa sổ của hai nơ-ron kề nhau cách nhau bao xa (bước nhảy, jump): r_out = r_in + (k - 1)*j_in, j_out = j_in*s</translation>
    </message>
    <message>
        <source>Select a layer to see its formulas and what it makes of your digit</source>
        <translation>Chọn một lớp để xem công thức của lớp và những gì lớp tạo ra từ chữ số của bạn</translation>
    </message>
    <message>
        <source>Click a cell to see how its value was made</source>
        <translation>Nhấp vào một ô để xem giá trị của ô được tính ra như thế nào</translation>
    </message>
    <message>
        <source>The layer&apos;s input: the window the explained unit looks at is outlined (a max pool&apos;s chosen value in red)</source>
        <translation>Đầu vào của lớp: cửa sổ mà nơ-ron đang được giải thích nhìn vào được viền khung (với gộp cực đại, giá trị được chọn tô màu đỏ)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>Chạy từng ô</translation>
    </message>
    <message>
        <source>Slide the window over the input cell by cell, filling this map and explaining each value as it is made</source>
        <translation>Trượt cửa sổ trên đầu vào từng ô một, lấp dần bản đồ này và giải thích từng giá trị khi nó được tính ra</translation>
    </message>
    <message>
        <source> cells/s</source>
        <translation> ô/giây</translation>
    </message>
    <message>
        <source>How fast the window moves</source>
        <translation>Tốc độ di chuyển của cửa sổ</translation>
    </message>
    <message>
        <source>Recomputed from the weights and your drawing; equals the network&apos;s own value. Click a channel&apos;s line to see its window on the input.</source>
        <translation>Được tính lại từ các trọng số và hình vẽ của bạn; bằng đúng giá trị mà mạng tính ra. Nhấp vào dòng của một kênh để xem cửa sổ của kênh đó trên đầu vào.</translation>
    </message>
    <message>
        <source>Shared colour scale</source>
        <translation>Thang màu chung</translation>
    </message>
    <message>
        <source>Colour all maps on one range (compare channels) instead of each on its own</source>
        <translation>Tô màu mọi bản đồ theo cùng một khoảng giá trị (để so sánh các kênh) thay vì mỗi bản đồ một khoảng riêng</translation>
    </message>
    <message>
        <source>One tile per channel; hover for its values, click to enlarge</source>
        <translation>Mỗi kênh một bản đồ; di chuột lên để xem giá trị, nhấp để phóng to</translation>
    </message>
    <message>
        <source>Click a tile to enlarge it beside the layer&apos;s input, then click a cell to see how its value was made.</source>
        <translation>Nhấp vào một bản đồ để phóng to nó cạnh đầu vào của lớp, rồi nhấp vào một ô để xem giá trị của ô đó được tính ra như thế nào.</translation>
    </message>
    <message>
        <source>Draw here: every layer below follows your digit.</source>
        <translation>Vẽ ở đây: mọi lớp của mạng đều cập nhật theo chữ số bạn vẽ.</translation>
    </message>
    <message>
        <source>Total params: {0}   Trainable: {1}   Non-trainable: {2}</source>
        <translation>Tổng tham số: {0}   Huấn luyện được: {1}   Cố định: {2}</translation>
    </message>
    <message>
        <source>This model has no conv layer, so there are no filters to show.</source>
        <translation>Mô hình này không có lớp tích chập nên không có bộ lọc nào để hiển thị.</translation>
    </message>
    <message>
        <source>Filters of {0}: {1} kernels of {2}x{2}</source>
        <translation>Bộ lọc của {0}: {1} nhân {2}x{2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({kind}): input {input}, output {output}, {params} parameters</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind}): đầu vào {input}, đầu ra {output}, {params} tham số</translation>
    </message>
    <message>
        <source>receptive field: {0}</source>
        <translation>vùng tiếp nhận: {0}</translation>
    </message>
    <message>
        <source>The feature maps cannot be computed for this model: {0}</source>
        <translation>Không tính được bản đồ đặc trưng cho mô hình này: {0}</translation>
    </message>
    <message>
        <source>Prediction: {0} ({1})</source>
        <translation>Dự đoán: {0} ({1})</translation>
    </message>
    <message>
        <source> (draw a digit to see them)</source>
        <translation> (hãy vẽ một chữ số để xem)</translation>
    </message>
    <message>
        <source>{0}: {1} feature maps of {2}x{3}</source>
        <translation>{0}: {1} bản đồ đặc trưng {2}x{3}</translation>
    </message>
    <message>
        <source>the probability of each digit 0-9</source>
        <translation>xác suất của từng chữ số 0-9</translation>
    </message>
    <message>
        <source>{0} activations</source>
        <translation>{0} giá trị kích hoạt</translation>
    </message>
    <message>
        <source> (draw a digit)</source>
        <translation> (hãy vẽ một chữ số)</translation>
    </message>
    <message>
        <source> (preparing the inspector: tracing the network...)</source>
        <translation> (đang chuẩn bị phần Khám phá: đang biên dịch mạng...)</translation>
    </message>
    <message>
        <source>Output: {0}, {1} {2}</source>
        <translation>Đầu ra: {0}, {1} {2}</translation>
    </message>
    <message>
        <source>{0} (click a cell to explain it; click the tile again to close)</source>
        <translation>{0} (nhấp vào một ô để xem giải thích; nhấp lại vào bản đồ để đóng)</translation>
    </message>
    <message>
        <source>{0} ({1}) does no arithmetic of its own on one value: it passes its input through at inference.</source>
        <translation>{0} ({1}) không tự tính toán gì trên từng giá trị: khi suy luận, lớp này chuyển nguyên đầu vào sang đầu ra.</translation>
    </message>
    <message>
        <source>{0} ({1}) does no arithmetic of its own on one value: it rearranges or rescales it.</source>
        <translation>{0} ({1}) không tự tính toán gì trên từng giá trị: lớp này chỉ sắp xếp lại hoặc co giãn đầu vào.</translation>
    </message>
    <message>
        <source>No explanation for this unit: {0}</source>
        <translation>Không giải thích được nơ-ron này: {0}</translation>
    </message>
    <message>
        <source>the 28x28 image</source>
        <translation>ảnh 28x28</translation>
    </message>
    <message>
        <source>{0}, channel {1} of {2}</source>
        <translation>{0}, kênh {1}/{2}</translation>
    </message>
    <message>
        <source> (largest partial sum; click a channel&apos;s line for another)</source>
        <translation> (tổng riêng lớn nhất; nhấp vào dòng của một kênh khác để xem kênh đó)</translation>
    </message>
    <message>
        <source> (click a channel&apos;s line for another)</source>
        <translation> (nhấp vào dòng của một kênh khác để xem kênh đó)</translation>
    </message>
    <message>
        <source>Input: {source}; window rows {top}..{bottom}, columns {left}..{right}</source>
        <translation>Đầu vào: {source}; cửa sổ hàng {top}..{bottom}, cột {left}..{right}</translation>
    </message>
</context>
<context>
    <name>SaliencyView</name>
    <message>
        <source>The 28x28 input the network sees. Red: ink that pushed the prediction up; blue: ink that pushed it down (SmoothGrad x input)</source>
        <translation>Đầu vào 28x28 mà mạng nhìn thấy. Đỏ: nét mực đẩy dự đoán lên; xanh: nét mực kéo dự đoán xuống (SmoothGrad x đầu vào)</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>no explanation for the activation {0}</source>
        <translation>không giải thích được hàm kích hoạt {0}</translation>
    </message>
    <message>
        <source>filter {0} is not one of the layer&apos;s {1}</source>
        <translation>lớp chỉ có {1} bộ lọc, không có bộ lọc {0}</translation>
    </message>
    <message>
        <source>no explanation for &apos;same&apos; pooling</source>
        <translation>không giải thích được lớp gộp với phần đệm &apos;same&apos;</translation>
    </message>
    <message>
        <source>filter {0} does not see input channel {1}</source>
        <translation>bộ lọc {0} không nhìn thấy kênh đầu vào {1}</translation>
    </message>
    <message>
        <source>unit {0} is not one of the layer&apos;s {1}</source>
        <translation>lớp chỉ có {1} nơ-ron, không có nơ-ron {0}</translation>
    </message>
    <message>
        <source>whole image</source>
        <translation>toàn bộ ảnh</translation>
    </message>
    <message>
        <source>{0}x{0}, jump {1}</source>
        <translation>{0}x{0}, bước nhảy {1}</translation>
    </message>
    <message>
        <source>every unit sees the whole 28x28 image</source>
        <translation>mỗi nơ-ron nhìn thấy toàn bộ ảnh 28x28</translation>
    </message>
    <message>
        <source>r = {0}, j = {1} (as the layer before)</source>
        <translation>r = {0}, j = {1} (như lớp trước)</translation>
    </message>
    <message>
        <source>a {fh}x{fw} window on rows {top}..{bottom}, columns {left}..{right} of its input</source>
        <translation>cửa sổ {fh}x{fw} trên hàng {top}..{bottom}, cột {left}..{right} của đầu vào</translation>
    </message>
    <message>
        <source>{name}, filter {filter}, cell (row {row}, column {col}):</source>
        <translation>{name}, bộ lọc {filter}, ô (hàng {row}, cột {col}):</translation>
    </message>
    <message>
        <source>input patch:</source>
        <translation>vùng đầu vào:</translation>
    </message>
    <message>
        <source>kernel:</source>
        <translation>nhân (kernel):</translation>
    </message>
    <message>
        <source>patch x kernel, element by element:</source>
        <translation>vùng đầu vào x nhân, từng phần tử:</translation>
    </message>
    <message>
        <source>sum of the {0} products = {1}</source>
        <translation>tổng của {0} tích = {1}</translation>
    </message>
    <message>
        <source>{0} input channels, each a {1}x{2} patch x kernel summed;</source>
        <translation>{0} kênh đầu vào, mỗi kênh cộng các tích vùng {1}x{2} x nhân;</translation>
    </message>
    <message>
        <source>partial sums, largest first (expand one for its products):</source>
        <translation>các tổng riêng, lớn nhất trước (mở một dòng để xem các tích):</translation>
    </message>
    <message>
        <source>products:</source>
        <translation>các tích:</translation>
    </message>
    <message>
        <source>sum = {0}</source>
        <translation>tổng = {0}</translation>
    </message>
    <message>
        <source>  channel {0}: {1}</source>
        <translation>  kênh {0}: {1}</translation>
    </message>
    <message>
        <source>total = {0}</source>
        <translation>tổng cộng = {0}</translation>
    </message>
    <message>
        <source>+ bias {0} = {1}</source>
        <translation>+ độ lệch {0} = {1}</translation>
    </message>
    <message>
        <source>{name}, channel {channel}, cell (row {row}, column {col}):</source>
        <translation>{name}, kênh {channel}, ô (hàng {row}, cột {col}):</translation>
    </message>
    <message>
        <source>the largest, at row {0}, column {1} of the window: {2}</source>
        <translation>giá trị lớn nhất, ở hàng {0}, cột {1} của cửa sổ: {2}</translation>
    </message>
    <message>
        <source>the mean of the {0} values: {1}</source>
        <translation>trung bình của {0} giá trị: {1}</translation>
    </message>
    <message>
        <source>{name}, unit {unit}: the sum of w*x over its {count} inputs;</source>
        <translation>{name}, nơ-ron {unit}: tổng w*x trên {count} đầu vào;</translation>
    </message>
    <message>
        <source>the largest contributions first:</source>
        <translation>các đóng góp lớn nhất trước:</translation>
    </message>
    <message>
        <source>  input {0}: {1} x {2} = {3}</source>
        <translation>  đầu vào {0}: {1} x {2} = {3}</translation>
    </message>
    <message>
        <source>  the other {0} inputs: {1}</source>
        <translation>  {0} đầu vào còn lại: {1}</translation>
    </message>
    <message>
        <source>sum {0} + bias {1} = {2}</source>
        <translation>tổng {0} + độ lệch {1} = {2}</translation>
    </message>
    <message>
        <source>softmax over all {0} logits ({1}):</source>
        <translation>softmax trên cả {0} logit ({1}):</translation>
    </message>
    <message>
        <source>  exp({0}) / sum of exp(logits) = {1}</source>
        <translation>  exp({0}) / tổng exp(logit) = {1}</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>params: {0} (no bias: the batch normalisation after it adds the shift)</source>
        <translation>tham số: {0} (không có độ lệch: lớp chuẩn hóa theo lô (BatchNormalization) phía sau đã cộng thêm độ dịch)</translation>
    </message>
    <message>
        <source>params: {formula} ({groups} groups: each filter sees only its group&apos;s {part} of the {channels} channels)</source>
        <translation>tham số: {formula} ({groups} nhóm: mỗi bộ lọc chỉ thấy {part} kênh của nhóm mình trong tổng số {channels} kênh)</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>không có độ lệch</translation>
    </message>
    <message>
        <source>no bias, fixed: each digit&apos;s probability plus a tenth of the &apos;not a digit&apos; output</source>
        <translation>không có độ lệch, cố định: xác suất của mỗi chữ số cộng thêm một phần mười đầu ra &apos;không phải chữ số&apos;</translation>
    </message>
    <message>
        <source>no bias, fixed</source>
        <translation>không có độ lệch, cố định</translation>
    </message>
    <message>
        <source>output: {units}; params: {formula} ({what})</source>
        <translation>đầu ra: {units}; tham số: {formula} ({what})</translation>
    </message>
    <message>
        <source>the image itself, {0}; params: 0</source>
        <translation>chính ảnh đầu vào, {0}; tham số: 0</translation>
    </message>
    <message>
        <source>output: {0}; params: 0</source>
        <translation>đầu ra: {0}; tham số: 0</translation>
    </message>
    <message>
        <source>output: same shape as the input; params: 0</source>
        <translation>đầu ra: cùng kích thước với đầu vào; tham số: 0</translation>
    </message>
    <message>
        <source>params: {0}</source>
        <translation>tham số: {0}</translation>
    </message>
</context>
</TS>
