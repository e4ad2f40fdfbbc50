<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix (click a cell)</source>
        <translation>Ma trận nhầm lẫn (bấm vào một ô)</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>chữ số thật</translation>
    </message>
    <message>
        <source>predicted digit</source>
        <translation>chữ số dự đoán</translation>
    </message>
</context>
<context>
    <name>DigitStrip</name>
    <message>
        <source>Fixed MNIST test digits and the network&apos;s reading of each now: green right, red wrong. Click one to watch it as the probe digit.</source>
        <translation>Các chữ số cố định của tập kiểm tra MNIST và cách mạng đọc từng chữ số lúc này: xanh là đúng, đỏ là sai. Bấm vào một chữ số để theo dõi nó làm chữ số thăm dò.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Click a cell of the matrix to see its test images.</source>
        <translation>Bấm vào một ô của ma trận để xem các ảnh kiểm tra trong ô đó.</translation>
    </message>
</context>
<context>
    <name>LiveNetworkView</name>
    <message>
        <source>Press Start: the network&apos;s filters, maps and readings appear here as it learns.</source>
        <translation>Bấm Bắt đầu: các bộ lọc, bản đồ đặc trưng và kết quả đọc của mạng sẽ hiện ở đây trong lúc mạng học.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>bộ lọc</translation>
    </message>
    <message>
        <source>The first conv layer&apos;s kernels now: blue negative, red positive weights</source>
        <translation>Các nhân (kernel) của lớp tích chập đầu tiên lúc này: xanh là trọng số âm, đỏ là trọng số dương</translation>
    </message>
    <message>
        <source>mean |Δw|</source>
        <translation>|Δw| trung bình</translation>
    </message>
    <message>
        <source>How much each layer&apos;s weights moved since the last update: where learning happens now</source>
        <translation>Trọng số của mỗi lớp đã thay đổi bao nhiêu kể từ lần cập nhật trước: nơi việc học đang diễn ra</translation>
    </message>
    <message>
        <source>The probe digit&apos;s feature maps in the chosen layer</source>
        <translation>Các bản đồ đặc trưng của chữ số thăm dò ở lớp đã chọn</translation>
    </message>
    <message>
        <source>The digit whose maps and probabilities are shown: your drawing (draw one to watch it), or one of the test digits below (or click one). Taken from the next snapshot on.</source>
        <translation>Chữ số được hiển thị bản đồ đặc trưng và xác suất: hình bạn vẽ (hãy vẽ một chữ số để theo dõi nó), hoặc một trong các chữ số kiểm tra bên dưới (hoặc bấm vào một chữ số). Áp dụng từ bản chụp tiếp theo.</translation>
    </message>
    <message>
        <source>test digit {0}</source>
        <translation>chữ số kiểm tra {0}</translation>
    </message>
    <message>
        <source>The layer whose feature maps are shown (every snapshot keeps them all)</source>
        <translation>Lớp được hiển thị bản đồ đặc trưng (mỗi bản chụp đều giữ bản đồ của mọi lớp)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>xác suất</translation>
    </message>
    <message>
        <source>The probe digit&apos;s ten probabilities</source>
        <translation>Mười xác suất của chữ số thăm dò</translation>
    </message>
    <message>
        <source>After training: scrub back through the snapshots (the curves mark the moment)</source>
        <translation>Sau khi huấn luyện: kéo để xem lại các bản chụp của mạng (đồ thị đánh dấu thời điểm đó)</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>Bộ lọc lớp đầu tiên</translation>
    </message>
    <message>
        <source>Weight change per layer</source>
        <translation>Thay đổi trọng số mỗi lớp</translation>
    </message>
    <message>
        <source>Its probabilities</source>
        <translation>Xác suất của chữ số đó</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Thăm dò</translation>
    </message>
    <message>
        <source>maps of</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>20 test digits, as read now</source>
        <translation>Mạng đọc 20 chữ số kiểm tra</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>hình bạn vẽ</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Hình bạn vẽ</translation>
    </message>
    <message>
        <source>Test digit {0}</source>
        <translation>Chữ số kiểm tra {0}</translation>
    </message>
    <message>
        <source>Test digit {0} (a {1})</source>
        <translation>Chữ số kiểm tra {0} (số {1})</translation>
    </message>
    <message>
        <source>The replay shows the probe watched during the run; this one is watched in the next run.</source>
        <translation>Phát lại cho thấy chữ số thăm dò của lần chạy đó; chữ số này sẽ được theo dõi ở lần chạy sau.</translation>
    </message>
    <message>
        <source>Training: the newest snapshot of the network, a few times a second.</source>
        <translation>Đang huấn luyện: bản chụp mới nhất của mạng, cập nhật vài lần mỗi giây.</translation>
    </message>
    <message>
        <source>Replay: {0} snapshots kept; drag the slider to go back in time.</source>
        <translation>Phát lại: đã giữ {0} bản chụp; kéo thanh trượt để quay ngược thời gian.</translation>
    </message>
    <message>
        <source>How much each layer&apos;s weights moved since the last update (where learning happens now): {0}</source>
        <translation>Trọng số của mỗi lớp đã thay đổi bao nhiêu kể từ lần cập nhật trước (nơi việc học đang diễn ra): {0}</translation>
    </message>
    <message>
        <source>After {0} batches (epoch {1}): {3} of {4} test digits read right</source>
        <translation>Sau {0} lô (epoch {1}): đọc đúng {3} trên {4} chữ số kiểm tra</translation>
    </message>
    <message>
        <source>After {0} batches (epoch {1}, batch loss {2}): {3} of {4} test digits read right</source>
        <translation>Sau {0} lô (epoch {1}, mất mát của lô {2}): đọc đúng {3} trên {4} chữ số kiểm tra</translation>
    </message>
    <message>
        <source>{0} in {1}: {2} maps of {3}x{4}</source>
        <translation>{0} ở lớp {1}: {2} bản đồ {3}x{4}</translation>
    </message>
    <message>
        <source>This network has no layer with feature maps</source>
        <translation>Mạng này không có lớp nào cho ra bản đồ đặc trưng</translation>
    </message>
</context>
<context>
    <name>RunResults</name>
    <message>
        <source>Test accuracy {0} on {1} MNIST test images</source>
        <translation>Độ chính xác kiểm tra {0} trên {1} ảnh kiểm tra MNIST</translation>
    </message>
    <message>
        <source>Also trained on {0} of your samples ({1} images with their variations), besides {2} MNIST images</source>
        <translation>Đồng thời huấn luyện trên {0} mẫu của bạn ({1} ảnh kể cả các biến thể), bên cạnh {2} ảnh MNIST</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Cảnh báo: {0}</translation>
    </message>
    <message>
        <source>Save model...</source>
        <translation>Lưu mô hình...</translation>
    </message>
    <message>
        <source>Save the trained model and its model card (.keras + .card.json)</source>
        <translation>Lưu mô hình đã huấn luyện cùng thẻ mô hình (.keras + .card.json)</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Dùng mô hình này</translation>
    </message>
    <message>
        <source>Make the trained model the one the canvas and inspector use</source>
        <translation>Dùng mô hình vừa huấn luyện cho khung vẽ và phần Khám phá</translation>
    </message>
    <message>
        <source>Curves as PNG...</source>
        <translation>Đồ thị (PNG)...</translation>
    </message>
    <message>
        <source>Save both plots as one PNG image</source>
        <translation>Lưu cả hai đồ thị thành một ảnh PNG</translation>
    </message>
    <message>
        <source>History as CSV...</source>
        <translation>Lịch sử (CSV)...</translation>
    </message>
    <message>
        <source>Save the per-epoch loss and accuracy (Keras CSVLogger)</source>
        <translation>Lưu mất mát và độ chính xác theo từng epoch (Keras CSVLogger)</translation>
    </message>
    <message>
        <source>Save curves as PNG</source>
        <translation>Lưu đồ thị thành ảnh PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save history as CSV</source>
        <translation>Lưu lịch sử thành tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Đã lưu {0}</translation>
    </message>
    <message>
        <source>Save trained model</source>
        <translation>Lưu mô hình đã huấn luyện</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Mô hình Keras (*.keras)</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>Không lưu được mô hình</translation>
    </message>
    <message>
        <source>{0}

The trained model is still here: save it somewhere else.</source>
        <translation>{0}

Mô hình đã huấn luyện vẫn còn ở đây: hãy lưu vào chỗ khác.</translation>
    </message>
</context>
<context>
    <name>TrainArea</name>
    <message>
        <source>Curves</source>
        <translation>Đồ thị</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Ma trận nhầm lẫn</translation>
    </message>
    <message>
        <source>Test-set results by true and predicted digit, after training</source>
        <translation>Kết quả trên tập kiểm tra theo chữ số thật và chữ số dự đoán, sau khi huấn luyện</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Epoch {0}/{1} · {2} images/s · ETA {3} · %p%</source>
        <translation>Epoch {0}/{1} · {2} ảnh/giây · còn {3} · %p%</translation>
    </message>
    <message>
        <source>Training...</source>
        <translation>Đang huấn luyện...</translation>
    </message>
    <message>
        <source>Loading data, rendering your samples and building the model...</source>
        <translation>Đang tải dữ liệu, dựng ảnh từ mẫu của bạn và xây dựng mô hình...</translation>
    </message>
    <message>
        <source>Loading data and building the model...</source>
        <translation>Đang tải dữ liệu và xây dựng mô hình...</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Sẽ dừng sau lô hiện tại...</translation>
    </message>
    <message>
        <source>Training finished after {0} full epoch(s), {1}</source>
        <translation>Huấn luyện xong sau {0} epoch trọn vẹn, {1}</translation>
    </message>
    <message>
        <source>Training stopped by you after {0} full epoch(s), {1}</source>
        <translation>Bạn đã dừng huấn luyện sau {0} epoch trọn vẹn, {1}</translation>
    </message>
    <message>
        <source>Training stopped: the loss became NaN after {0} full epoch(s), {1}</source>
        <translation>Huấn luyện đã dừng: mất mát thành NaN sau {0} epoch trọn vẹn, {1}</translation>
    </message>
    <message>
        <source>Training stopped early (no validation improvement) after {0} full epoch(s), {1}</source>
        <translation>Huấn luyện dừng sớm (kết quả kiểm định không cải thiện) sau {0} epoch trọn vẹn, {1}</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Huấn luyện đã dừng</translation>
    </message>
    <message>
        <source>The loss became NaN (not a number), so training stopped. Try a smaller learning rate.</source>
        <translation>Mất mát (loss) trở thành NaN (không phải là số) nên quá trình huấn luyện đã dừng. Hãy thử tốc độ học nhỏ hơn.</translation>
    </message>
    <message>
        <source>after {0} batches</source>
        <translation>sau {0} lô</translation>
    </message>
    <message>
        <source>, batch loss {0}</source>
        <translation>, mất mát của lô {0}</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Training could not run</source>
        <translation>Không thể chạy huấn luyện</translation>
    </message>
    <message>
        <source>{0} test images of {1} read correctly</source>
        <translation>{0} ảnh kiểm tra của số {1} được đọc đúng</translation>
    </message>
    <message>
        <source>{0} test images of {1} misread as {2}</source>
        <translation>{0} ảnh kiểm tra của số {1} bị đọc nhầm thành {2}</translation>
    </message>
    <message>
        <source> (first {0} shown)</source>
        <translation> (hiện {0} ảnh đầu)</translation>
    </message>
</context>
<context>
    <name>TrainConfig</name>
    <message>
        <source>network: {0}</source>
        <translation>mạng: {0}</translation>
    </message>
    <message>
        <source>unknown architecture &apos;{0}&apos; (choose {1})</source>
        <translation>kiến trúc không xác định &apos;{0}&apos; (hãy chọn {1})</translation>
    </message>
    <message>
        <source>epochs must be a whole number &gt;= 1 (got {0})</source>
        <translation>số epoch phải là số nguyên &gt;= 1 (nhận được {0})</translation>
    </message>
    <message>
        <source>batch size must be a whole number &gt;= 1 (got {0})</source>
        <translation>kích thước lô phải là số nguyên &gt;= 1 (nhận được {0})</translation>
    </message>
    <message>
        <source>learning rate must be a number &gt; 0 (got {0})</source>
        <translation>tốc độ học phải là một số &gt; 0 (nhận được {0})</translation>
    </message>
    <message>
        <source>optimizer must be one of {0} (got &apos;{1}&apos;)</source>
        <translation>bộ tối ưu phải là một trong {0} (nhận được &apos;{1}&apos;)</translation>
    </message>
    <message>
        <source>learning-rate schedule must be one of {0} (got &apos;{1}&apos;)</source>
        <translation>lịch tốc độ học phải là một trong {0} (nhận được &apos;{1}&apos;)</translation>
    </message>
    <message>
        <source>validation split must be &gt;= 0 and &lt; 1 (got {0})</source>
        <translation>tỉ lệ kiểm định phải &gt;= 0 và &lt; 1 (nhận được {0})</translation>
    </message>
    <message>
        <source>early-stopping patience must be a whole number &gt;= 0 (got {0})</source>
        <translation>số epoch chờ của dừng sớm phải là số nguyên &gt;= 0 (nhận được {0})</translation>
    </message>
    <message>
        <source>early stopping watches the validation loss: set a validation split above 0</source>
        <translation>dừng sớm dựa vào mất mát trên tập kiểm định: hãy đặt tỉ lệ kiểm định lớn hơn 0</translation>
    </message>
    <message>
        <source>training subset must be a whole number &gt;= 1 (got {0})</source>
        <translation>tập con huấn luyện phải là số nguyên &gt;= 1 (nhận được {0})</translation>
    </message>
    <message>
        <source>training subset {0} is larger than the {1} training images</source>
        <translation>tập con huấn luyện {0} lớn hơn số ảnh huấn luyện hiện có ({1})</translation>
    </message>
    <message>
        <source>TensorBoard logging needs the tensorboard package (pip install tensorboard)</source>
        <translation>ghi nhật ký TensorBoard cần gói tensorboard (pip install tensorboard)</translation>
    </message>
    <message>
        <source>no training images are left after the validation split</source>
        <translation>không còn ảnh huấn luyện nào sau khi tách tập kiểm định</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>constant</source>
        <extracomment>the learning-rate schedules as the picker shows them (the setting keeps the English name)</extracomment>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosin</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Step size of the optimizer, e.g. 0.001</source>
        <translation>Độ dài bước của bộ tối ưu, ví dụ 0.001</translation>
    </message>
    <message>
        <source>adam, sgd (momentum 0.9) or rmsprop</source>
        <translation>adam, sgd (momentum 0.9) hoặc rmsprop</translation>
    </message>
    <message>
        <source>constant: the same learning rate throughout; cosine: it falls smoothly to 2 % of the rate by the end of the last epoch</source>
        <translation>không đổi: giữ nguyên tốc độ học suốt quá trình; cosin: giảm dần đều xuống 2% tốc độ ban đầu khi kết thúc epoch cuối cùng</translation>
    </message>
    <message>
        <source>Share of the training images held out to measure validation loss/accuracy (0: none, all train; early stopping needs some)</source>
        <translation>Tỉ lệ ảnh huấn luyện được giữ riêng để đo mất mát/độ chính xác kiểm định (0: không giữ, dùng tất cả để huấn luyện; dừng sớm cần có một phần)</translation>
    </message>
    <message>
        <source>rotate, scale, shift, thicken</source>
        <translation>xoay, co giãn, dịch, làm đậm</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>Stop when validation loss has not improved for this many epochs</source>
        <translation>Dừng khi mất mát kiểm định không cải thiện sau chừng này epoch</translation>
    </message>
    <message>
        <source>all {0}</source>
        <translation>tất cả {0}</translation>
    </message>
    <message>
        <source>Train on only this many images, for a quick demo</source>
        <translation>Chỉ huấn luyện trên chừng này ảnh, để minh họa nhanh</translation>
    </message>
    <message>
        <source>Your own drawings from the My samples area, each with {0} stroke variations, added to the training images; never to validation or test. Drawings marked &apos;not a digit&apos; are left out.</source>
        <translation>Các hình bạn tự vẽ trong phần Mẫu của tôi, mỗi hình kèm {0} biến thể nét vẽ, được thêm vào ảnh huấn luyện; không bao giờ vào tập kiểm định hay tập kiểm tra. Các hình được đánh dấu &apos;không phải chữ số&apos; sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <source>write a TensorBoard log</source>
        <translation>ghi nhật ký TensorBoard</translation>
    </message>
    <message>
        <source>Log to a folder you can open with: tensorboard --logdir FOLDER</source>
        <translation>Ghi nhật ký vào một thư mục có thể mở bằng: tensorboard --logdir THƯ_MỤC</translation>
    </message>
    <message>
        <source>Needs the tensorboard package: pip install tensorboard</source>
        <translation>Cần gói tensorboard: pip install tensorboard</translation>
    </message>
    <message>
        <source>watch the network learn</source>
        <translation>xem mạng học</translation>
    </message>
    <message>
        <source>Show the first layer&apos;s filters, a probe digit&apos;s maps and 20 test digits&apos; readings changing as the network learns, and replay them afterwards</source>
        <translation>Hiển thị các bộ lọc của lớp đầu tiên, bản đồ đặc trưng của một chữ số thăm dò và kết quả đọc 20 chữ số kiểm tra thay đổi khi mạng học, rồi phát lại sau đó</translation>
    </message>
    <message>
        <source>Choose data...</source>
        <translation>Chọn dữ liệu...</translation>
    </message>
    <message>
        <source>A Keras-format mnist.npz (a folder of IDX files: choose any file in it)</source>
        <translation>Một tệp mnist.npz định dạng Keras (với thư mục chứa các tệp IDX: chọn một tệp bất kỳ trong đó)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Start training in the background (Ctrl+Return)</source>
        <translation>Bắt đầu huấn luyện ở chế độ nền (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop after the current batch, keeping what was trained</source>
        <translation>Dừng sau lô hiện tại, giữ lại những gì đã huấn luyện</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Kiến trúc</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Số epoch</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Kích thước lô</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tốc độ học</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Bộ tối ưu</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch tốc độ học</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Tỉ lệ kiểm định</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Tăng cường</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Dừng sớm</translation>
    </message>
    <message>
        <source>Training subset</source>
        <translation>Tập con</translation>
    </message>
    <message>
        <source>My samples</source>
        <translation>Mẫu của tôi</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Xem trực tiếp</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>MNIST from the user cache, or downloaded once</source>
        <translation>MNIST từ bộ nhớ đệm của người dùng, hoặc được tải về một lần</translation>
    </message>
    <message>
        <source>Add my samples ({0})</source>
        <translation>Thêm mẫu của tôi ({0})</translation>
    </message>
    <message>
        <source>Choose MNIST</source>
        <translation>Chọn MNIST</translation>
    </message>
    <message>
        <source>MNIST (*.npz *ubyte *.gz);;All files (*)</source>
        <translation>MNIST (*.npz *ubyte *.gz);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>custom: {0}</source>
        <translation>tùy chỉnh: {0}</translation>
    </message>
    <message>
        <source>Built in the Build area: {0}</source>
        <translation>Mạng tạo trong phần Xây dựng: {0}</translation>
    </message>
    <message>
        <source>learning rate must be a number, e.g. 0.001</source>
        <translation>tốc độ học phải là một số, ví dụ 0.001</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss</source>
        <translation>Mất mát</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropy chéo</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>mất mát lô</translation>
    </message>
    <message>
        <source>batch loss, smoothed</source>
        <translation>mất mát lô, làm mượt</translation>
    </message>
    <message>
        <source>batch accuracy, smoothed</source>
        <translation>độ chính xác lô, làm mượt</translation>
    </message>
    <message>
        <source>train (epoch)</source>
        <translation>huấn luyện (epoch)</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>kiểm định</translation>
    </message>
    <message>
        <source>Exponential moving average of the batch curves, as in TensorBoard</source>
        <translation>Trung bình trượt lũy thừa của các đường theo lô, như trong TensorBoard</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Làm mượt</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Invalid settings: {0}</source>
        <translation>Thiết lập không hợp lệ: {0}</translation>
    </message>
    <message>
        <source>Training failed: {0}: {1}</source>
        <translation>Huấn luyện thất bại: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>{0}: the images ({1}) are all black (every pixel is 0)</source>
        <translation>{0}: các ảnh ({1}) đều đen hoàn toàn (mọi điểm ảnh đều bằng 0)</translation>
    </message>
    <message>
        <source>{0}: the images ({1}) hold only the values 0 and 1; pixels are expected as 0-255 grey levels (multiply by 255?)</source>
        <translation>{0}: các ảnh ({1}) chỉ chứa giá trị 0 và 1; điểm ảnh cần là mức xám 0-255 (nhân với 255?)</translation>
    </message>
    <message>
        <source>{0}: array &apos;{1}&apos; is missing</source>
        <translation>{0}: thiếu mảng &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}; expected (N, 28, 28)</source>
        <translation>{0}: {1} có kích thước {2}; cần (N, 28, 28)</translation>
    </message>
    <message>
        <source>{0}: {1} has dtype {2}; expected uint8 grey levels 0-255</source>
        <translation>{0}: {1} có kiểu dữ liệu {2}; cần mức xám uint8 0-255</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}; expected ({3},), one label per image</source>
        <translation>{0}: {1} có kích thước {2}; cần ({3},), mỗi ảnh một nhãn</translation>
    </message>
    <message>
        <source>{0}: {1} has dtype {2}; expected integer labels</source>
        <translation>{0}: {1} có kiểu dữ liệu {2}; cần nhãn là số nguyên</translation>
    </message>
    <message>
        <source>{0}: the train split is empty</source>
        <translation>{0}: phần dữ liệu huấn luyện trống</translation>
    </message>
    <message>
        <source>{0}: the test split is empty</source>
        <translation>{0}: phần dữ liệu kiểm tra trống</translation>
    </message>
    <message>
        <source>{0}: {1} has labels from {2} to {3}; expected 0-9</source>
        <translation>{0}: {1} có nhãn từ {2} đến {3}; cần 0-9</translation>
    </message>
    <message>
        <source>{0}: cannot read ({1})</source>
        <translation>{0}: không đọc được ({1})</translation>
    </message>
    <message>
        <source>{0}: not a regular file ({1})</source>
        <translation>{0}: không phải tệp thông thường ({1})</translation>
    </message>
    <message>
        <source>{0}: array &apos;{1}&apos; is in .npy format {2}; expected 1.0 or 2.0</source>
        <translation>{0}: mảng &apos;{1}&apos; ở định dạng .npy {2}; cần 1.0 hoặc 2.0</translation>
    </message>
    <message>
        <source>{0}: array &apos;{1}&apos; has shape {2} of {3}, {4}: far more than an MNIST-like data set needs (at most {5} per array)</source>
        <translation>{0}: mảng &apos;{1}&apos; có kích thước {2} kiểu {3}, {4}: lớn hơn nhiều so với mức một tập dữ liệu kiểu MNIST cần (tối đa {5} mỗi mảng)</translation>
    </message>
    <message>
        <source>{0}: not a readable .npz file ({1})</source>
        <translation>{0}: không phải tệp .npz đọc được ({1})</translation>
    </message>
    <message>
        <source>{0}: not an IDX file of unsigned bytes</source>
        <translation>{0}: không phải tệp IDX chứa các byte không dấu</translation>
    </message>
    <message>
        <source>{0}: its header gives {1} dimensions; expected 1 (labels) or 3 (images)</source>
        <translation>{0}: phần đầu tệp khai báo {1} chiều; cần 1 (nhãn) hoặc 3 (ảnh)</translation>
    </message>
    <message>
        <source>{0}: its header is cut short (truncated?)</source>
        <translation>{0}: phần đầu tệp bị cụt (tệp bị cắt ngắn?)</translation>
    </message>
    <message>
        <source>{0}: its header gives shape {1}, {2}: far more than an MNIST-like data set needs (at most {3} per file)</source>
        <translation>{0}: phần đầu tệp khai báo kích thước {1}, {2}: lớn hơn nhiều so với mức một tập dữ liệu kiểu MNIST cần (tối đa {3} mỗi tệp)</translation>
    </message>
    <message>
        <source>{0}: size does not match its header {1} (truncated?)</source>
        <translation>{0}: kích thước không khớp với phần đầu tệp {1} (tệp bị cắt ngắn?)</translation>
    </message>
    <message>
        <source>{0}: size does not match its header {1}: there is more data after the {2} bytes it announces</source>
        <translation>{0}: kích thước không khớp với phần đầu tệp {1}: còn dữ liệu sau {2} byte mà phần đầu khai báo</translation>
    </message>
    <message>
        <source>{0}: no file {1} or {1}.gz</source>
        <translation>{0}: không có tệp {1} hay {1}.gz</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}: không có tệp hay thư mục này</translation>
    </message>
    <message>
        <source>Cannot load MNIST: {0}</source>
        <translation>Không tải được MNIST: {0}</translation>
    </message>
    <message>
        <source>Cannot load MNIST (from ${0}): {1}</source>
        <translation>Không tải được MNIST (từ ${0}): {1}</translation>
    </message>
    <message>
        <source>{0}: not there</source>
        <translation>{0}: không có</translation>
    </message>
    <message>
        <source>download through keras.datasets.mnist failed: {0}: {1}</source>
        <translation>tải về qua keras.datasets.mnist thất bại: {0}: {1}</translation>
    </message>
    <message>
        <source>download skipped (${0} is set)</source>
        <translation>bỏ qua việc tải về (đã đặt ${0})</translation>
    </message>
    <message>
        <source>Cannot find MNIST. Tried:</source>
        <translation>Không tìm thấy MNIST. Đã thử:</translation>
    </message>
    <message>
        <source>Fix: pass --data PATH or set ${0} to a Keras-format mnist.npz or a folder with the four IDX files, or connect to the internet once so it can be downloaded.</source>
        <translation>Cách khắc phục: dùng --data PATH hoặc đặt ${0} là một tệp mnist.npz định dạng Keras hay một thư mục chứa bốn tệp IDX, hoặc kết nối Internet một lần để tải về.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>{0}m{1}s</source>
        <translation>{0} phút {1} giây</translation>
    </message>
    <message>
        <source>{0}s</source>
        <translation>{0} giây</translation>
    </message>
</context>
</TS>
