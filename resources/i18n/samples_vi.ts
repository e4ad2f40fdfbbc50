<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Adapt</name>
    <message>
        <source>no samples to adapt to</source>
        <translation>không có mẫu nào để thích nghi</translation>
    </message>
    <message>
        <source>this model never says &apos;not a digit&apos;, and every sample is labelled so</source>
        <translation>mô hình này không bao giờ trả lời &apos;không phải chữ số&apos;, mà mọi mẫu đều được gán nhãn như vậy</translation>
    </message>
</context>
<context>
    <name>AdaptWorker</name>
    <message>
        <source>the adaptation failed: {0}: {1}</source>
        <translation>quá trình thích nghi thất bại: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ExtraSamples</name>
    <message>
        <source>no digit samples to train on (labels 0-9; &apos;not a digit&apos; samples are left out)</source>
        <translation>không có mẫu chữ số nào để huấn luyện (nhãn 0-9; các mẫu &apos;không phải chữ số&apos; bị bỏ qua)</translation>
    </message>
</context>
<context>
    <name>SampleFile</name>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: không có tệp này</translation>
    </message>
    <message>
        <source>{0}: not a regular file</source>
        <translation>{0}: không phải tệp thông thường</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: không đọc được ({1})</translation>
    </message>
    <message>
        <source>{0}: more than {1} MB of JSON</source>
        <translation>{0}: dữ liệu JSON lớn hơn {1} MB</translation>
    </message>
    <message>
        <source>{0}: not UTF-8 text (expected JSON or gzipped JSON)</source>
        <translation>{0}: không phải văn bản UTF-8 (cần JSON hoặc JSON nén gzip)</translation>
    </message>
    <message>
        <source>sample {0}: expected an object with label and strokes</source>
        <translation>mẫu {0}: cần một đối tượng có label và strokes</translation>
    </message>
    <message>
        <source>sample {0}: label must be 0-9 or -1 (not a digit), got {1}</source>
        <translation>mẫu {0}: label phải là 0-9 hoặc -1 (không phải chữ số), nhưng nhận được {1}</translation>
    </message>
    <message>
        <source>sample {0}: strokes must be a list of strokes</source>
        <translation>mẫu {0}: strokes phải là một danh sách các nét</translation>
    </message>
    <message>
        <source>sample {0}, stroke {1}: points must be [x, y] number pairs</source>
        <translation>mẫu {0}, nét {1}: các điểm phải là cặp số [x, y]</translation>
    </message>
    <message>
        <source>sample {0}, stroke {1}: coordinates must be finite numbers</source>
        <translation>mẫu {0}, nét {1}: tọa độ phải là số hữu hạn</translation>
    </message>
    <message>
        <source>{0}: not valid JSON ({1}, line {2})</source>
        <translation>{0}: JSON không hợp lệ ({1}, dòng {2})</translation>
    </message>
    <message>
        <source>{0}: JSON nested too deeply</source>
        <translation>{0}: JSON lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>{0}: expected a JSON list of samples</source>
        <translation>{0}: cần một danh sách mẫu dạng JSON</translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>{0}. It was kept as {1}; a new set starts here.</source>
        <translation>{0}. Tệp được giữ lại với tên {1}; một bộ mẫu mới bắt đầu từ đây.</translation>
    </message>
    <message>
        <source>{0}. It could not be moved aside ({1}); it is left as it is.</source>
        <translation>{0}. Không thể chuyển tệp sang chỗ khác ({1}); tệp được để nguyên.</translation>
    </message>
</context>
<context>
    <name>SampleWriter</name>
    <message>
        <source>cannot save your samples to {0}: {1}</source>
        <translation>không lưu được các mẫu của bạn vào {0}: {1}</translation>
    </message>
    <message>
        <source>cannot save your samples: {0}: {1}</source>
        <translation>không lưu được các mẫu của bạn: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SamplesArea</name>
    <message>
        <source>Sample sets</source>
        <translation>Bộ mẫu</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tất cả các tệp</translation>
    </message>
    <message>
        <source>not a digit</source>
        <translation>không phải chữ số</translation>
    </message>
    <message>
        <source>Digits the active model gets wrong or is unsure about in your samples, and digits with fewer than {0} samples</source>
        <translation>Những chữ số trong các mẫu của bạn mà mô hình đang dùng đọc sai hoặc chưa chắc chắn, và những chữ số có ít hơn {0} mẫu</translation>
    </message>
    <message>
        <source>All samples</source>
        <translation>Tất cả mẫu</translation>
    </message>
    <message>
        <source>Only {0}</source>
        <translation>Chỉ {0}</translation>
    </message>
    <message>
        <source>Show the samples of one digit</source>
        <translation>Chỉ hiện các mẫu của một chữ số</translation>
    </message>
    <message>
        <source>As the network sees them (28x28)</source>
        <translation>Mạng thấy (28x28)</translation>
    </message>
    <message>
        <source>As drawn</source>
        <translation>Nét đã vẽ</translation>
    </message>
    <message>
        <source>Thumbnails as the network gets them, or your strokes as drawn</source>
        <translation>Ảnh thu nhỏ như mạng nhận được, hoặc các nét đúng như bạn đã vẽ</translation>
    </message>
    <message>
        <source>Your kept samples, grouped by digit. Select some to delete or relabel them</source>
        <translation>Các mẫu bạn đã giữ, nhóm theo chữ số. Chọn một vài mẫu để xóa hoặc đổi nhãn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected samples (Delete)</source>
        <translation>Xóa các mẫu đã chọn (Delete)</translation>
    </message>
    <message>
        <source>Relabel as...</source>
        <translation>Đổi nhãn thành...</translation>
    </message>
    <message>
        <source>Give the selected samples another label</source>
        <translation>Gán nhãn khác cho các mẫu đã chọn</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Nhập...</translation>
    </message>
    <message>
        <source>Add the samples of a .json or .json.gz file (drawings you have already are left out)</source>
        <translation>Thêm các mẫu từ một tệp .json hoặc .json.gz (những hình vẽ bạn đã có sẽ được bỏ qua)</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Xuất...</translation>
    </message>
    <message>
        <source>Save all your samples as one .json file (the format of adapt --samples)</source>
        <translation>Lưu tất cả mẫu của bạn vào một tệp .json (định dạng của adapt --samples)</translation>
    </message>
    <message>
        <source>Adapt the model to my handwriting</source>
        <translation>Thích nghi mô hình với chữ viết tay của tôi</translation>
    </message>
    <message>
        <source>Fine-tune a copy of the active model on your samples (a few seconds to a minute); the model in use stays as it is until you choose the new one</source>
        <translation>Tinh chỉnh một bản sao của mô hình đang dùng trên các mẫu của bạn (từ vài giây đến một phút); mô hình đang dùng được giữ nguyên cho đến khi bạn chọn mô hình mới</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop the adaptation; nothing is saved and the model in use stays</source>
        <translation>Dừng quá trình thích nghi; không có gì được lưu và mô hình đang dùng được giữ nguyên</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>Dùng mô hình đã thích nghi</translation>
    </message>
    <message>
        <source>Make the adapted model the one the canvas and inspector use</source>
        <translation>Cho khung vẽ và khu vực Khám phá dùng mô hình đã thích nghi</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Thích nghi</translation>
    </message>
    <message>
        <source>not</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>No samples yet. In the Draw area, draw a digit and press its key (0-9, or N for not a digit) to keep it here.</source>
        <translation>Chưa có mẫu nào. Trong khu vực Vẽ, hãy vẽ một chữ số rồi nhấn phím của nó (0-9, hoặc N nếu không phải chữ số) để giữ nó ở đây.</translation>
    </message>
    <message>
        <source>not a digit: {0}</source>
        <translation>không phải chữ số: {0}</translation>
    </message>
    <message>
        <source>{0} samples - {1}</source>
        <translation>{0} mẫu - {1}</translation>
    </message>
    <message>
        <source>Kept as {0}</source>
        <translation>Được giữ với nhãn {0}</translation>
    </message>
    <message>
        <source>Kept as {0}; {1} reads {2} ({3} sure)</source>
        <translation>Được giữ với nhãn {0}; {1} đọc là {2} (chắc chắn {3})</translation>
    </message>
    <message>
        <source>{0} (misread {1} of {2})</source>
        <translation>{0} (đọc sai {1} trên {2})</translation>
    </message>
    <message>
        <source>{0} (unsure of {1} of {2})</source>
        <translation>{0} (chưa chắc {1} trên {2})</translation>
    </message>
    <message>
        <source>{0} (none yet)</source>
        <translation>{0} (chưa có mẫu)</translation>
    </message>
    <message>
        <source>{0} (only {1})</source>
        <translation>{0} (mới có {1})</translation>
    </message>
    <message>
        <source>Draw more of: {0}</source>
        <translation>Hãy vẽ thêm: {0}</translation>
    </message>
    <message>
        <source>{0} reads all your samples surely; more samples of the digits you write unusually help most.</source>
        <translation>{0} đọc chắc chắn mọi mẫu của bạn; thêm mẫu của những chữ số bạn viết khác thường sẽ giúp ích nhiều nhất.</translation>
    </message>
    <message>
        <source>Import samples</source>
        <translation>Nhập mẫu</translation>
    </message>
    <message>
        <source>Cannot import samples</source>
        <translation>Không nhập được mẫu</translation>
    </message>
    <message>
        <source>{0}.

Your samples are unchanged.</source>
        <translation>{0}.

Các mẫu của bạn không thay đổi.</translation>
    </message>
    <message>
        <source>{0} samples added ({1} you have already were left out).</source>
        <translation>Đã thêm {0} mẫu (bỏ qua {1} mẫu bạn đã có).</translation>
    </message>
    <message>
        <source>{0} samples added.</source>
        <translation>Đã thêm {0} mẫu.</translation>
    </message>
    <message>
        <source>Samples imported</source>
        <translation>Đã nhập mẫu</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Xuất mẫu</translation>
    </message>
    <message>
        <source>Cannot export samples</source>
        <translation>Không xuất được mẫu</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>Không ghi được {0}: {1}.</translation>
    </message>
    <message>
        <source>Cannot save your samples</source>
        <translation>Không lưu được các mẫu của bạn</translation>
    </message>
    <message>
        <source>{0}.

They are kept while the app runs; the next change tries again.</source>
        <translation>{0}.

Các mẫu vẫn được giữ trong lúc ứng dụng chạy; lần thay đổi tiếp theo sẽ thử lưu lại.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt; ({0}): your samples are still being read; MNIST test {1} (model card).</source>
        <translation>&lt;b&gt;Trước&lt;/b&gt; ({0}): các mẫu của bạn vẫn đang được đọc; tập kiểm tra MNIST: {1} (theo thẻ mô hình).</translation>
    </message>
    <message>
        <source>{0} of {1} ({2})</source>
        <translation>{0} trên {1} ({2})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt; ({0}): your samples read right {1}; MNIST test {2} (model card).</source>
        <translation>&lt;b&gt;Trước&lt;/b&gt; ({0}): số mẫu của bạn được đọc đúng: {1}; tập kiểm tra MNIST: {2} (theo thẻ mô hình).</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Chưa có mô hình</translation>
    </message>
    <message>
        <source>Wait for the model to load, or open one (Ctrl+O).</source>
        <translation>Hãy đợi mô hình tải xong, hoặc mở một mô hình (Ctrl+O).</translation>
    </message>
    <message>
        <source>No samples to adapt to</source>
        <translation>Không có mẫu để thích nghi</translation>
    </message>
    <message>
        <source>Keep a few of your digits first: in the Draw area, draw one and press its key (0-9).</source>
        <translation>Hãy giữ lại vài chữ số của bạn trước: trong khu vực Vẽ, vẽ một chữ số rồi nhấn phím của nó (0-9).</translation>
    </message>
    <message>
        <source>{0} never says &apos;not a digit&apos;, and all your samples are labelled so.</source>
        <translation>{0} không bao giờ trả lời &apos;không phải chữ số&apos;, mà mọi mẫu của bạn đều được gán nhãn như vậy.</translation>
    </message>
    <message>
        <source>Cannot adapt</source>
        <translation>Không thể thích nghi</translation>
    </message>
    <message>
        <source>Cannot make the folder {0} for the adapted model: {1}.</source>
        <translation>Không tạo được thư mục {0} cho mô hình đã thích nghi: {1}.</translation>
    </message>
    <message>
        <source>Adapting on {0} samples...</source>
        <translation>Đang thích nghi trên {0} mẫu...</translation>
    </message>
    <message>
        <source>{0} before, &lt;b&gt;{1} after&lt;/b&gt; ({2}-fold cross-validation over {3} samples: each scored by a model adapted without it)</source>
        <translation>{0} trước, &lt;b&gt;{1} sau&lt;/b&gt; (kiểm định chéo {2} phần trên {3} mẫu: mỗi mẫu được chấm bởi một mô hình thích nghi mà không dùng mẫu đó)</translation>
    </message>
    <message>
        <source>not measured (too few samples to hold some out)</source>
        <translation>chưa đo (quá ít mẫu để giữ riêng một phần)</translation>
    </message>
    <message>
        <source>MNIST test {0} before, {1} after</source>
        <translation>tập kiểm tra MNIST: {0} trước, {1} sau</translation>
    </message>
    <message>
        <source>MNIST not measured ({0})</source>
        <translation>chưa đo trên MNIST ({0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;After&lt;/b&gt;: your samples read right {0}; {1}; {2} s.&lt;br&gt;Saved as {3}; the model in use is unchanged until you choose it.</source>
        <translation>&lt;b&gt;Sau&lt;/b&gt;: số mẫu của bạn được đọc đúng: {0}; {1}; {2} giây.&lt;br&gt;Đã lưu thành {3}; mô hình đang dùng không đổi cho đến khi bạn chọn mô hình này.</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved and {0} is still in use.</source>
        <translation>Đã dừng; không có gì được lưu và {0} vẫn đang được dùng.</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>Đã dừng; không có gì được lưu.</translation>
    </message>
    <message>
        <source>Could not adapt: {0}</source>
        <translation>Không thích nghi được: {0}</translation>
    </message>
    <message>
        <source>Could not adapt</source>
        <translation>Không thích nghi được</translation>
    </message>
</context>
</TS>
