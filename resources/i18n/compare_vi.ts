<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CompareArea</name>
    <message>
        <source>Draw on the canvas in the Draw area, or here.</source>
        <translation>Hãy vẽ trên khung vẽ ở thẻ Vẽ, hoặc vẽ ngay tại đây.</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Dự đoán</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Quét</translation>
    </message>
    <message>
        <source>Each model&apos;s reading of the changed digit, live</source>
        <translation>Dự đoán của từng mô hình cho chữ số đã biến đổi, cập nhật trực tiếp</translation>
    </message>
    <message>
        <source>Each model&apos;s MNIST test accuracy as a change grows, plotted</source>
        <translation>Đồ thị độ chính xác của từng mô hình trên tập kiểm tra MNIST khi mức biến đổi tăng dần</translation>
    </message>
    <message>
        <source>Draw here: every model reads the same changed digit.</source>
        <translation>Vẽ tại đây: mọi mô hình cùng đọc một chữ số đã biến đổi.</translation>
    </message>
    <message>
        <source>The trained model could not be prepared: {0}</source>
        <translation>Không chuẩn bị được mô hình vừa huấn luyện: {0}</translation>
    </message>
</context>
<context>
    <name>ModelSlot</name>
    <message>
        <source>{0} parameters</source>
        <translation>{0} tham số</translation>
    </message>
    <message>
        <source>MNIST test {0}</source>
        <translation>kiểm tra MNIST {0}</translation>
    </message>
    <message>
        <source>no model card</source>
        <translation>không có thẻ mô hình</translation>
    </message>
    <message>
        <source>The model in this column: a shipped one, one you saved, or any .keras file</source>
        <translation>Mô hình của cột này: một mô hình có sẵn, một mô hình bạn đã lưu, hoặc một tệp .keras bất kỳ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Open a model file...</source>
        <translation>Mở tệp mô hình...</translation>
    </message>
    <message>
        <source>Compare a model</source>
        <translation>Chọn mô hình để so sánh</translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Mô hình Keras (*.keras);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a model to compare</source>
        <translation>Chọn một mô hình để so sánh</translation>
    </message>
    <message>
        <source>{0} cannot be compared: it is not a Keras network of conv, pooling and dense layers taking 28x28 digits and giving ten digits</source>
        <translation>Không thể so sánh {0}: đây không phải là mạng Keras gồm các lớp tích chập, lớp gộp và lớp kết nối đầy đủ, nhận chữ số 28x28 và cho ra mười chữ số</translation>
    </message>
    <message>
        <source>{0}  ({1} sure)</source>
        <translation>{0}  (chắc {1})</translation>
    </message>
</context>
<context>
    <name>PerturbPanel</name>
    <message>
        <source>Change the digit</source>
        <translation>Biến đổi chữ số</translation>
    </message>
    <message>
        <source>Applied after the MNIST-style normalisation, so it is not undone by it</source>
        <translation>Áp dụng sau bước chuẩn hóa kiểu MNIST, nên bước chuẩn hóa không làm mất tác dụng của nó</translation>
    </message>
    <message>
        <source>Move the digit right (+) or left (-), in pixels of the 28x28 image</source>
        <translation>Dịch chữ số sang phải (+) hoặc sang trái (-), tính bằng điểm ảnh của ảnh 28x28</translation>
    </message>
    <message>
        <source>Move the digit down (+) or up (-), in pixels of the 28x28 image</source>
        <translation>Dịch chữ số xuống dưới (+) hoặc lên trên (-), tính bằng điểm ảnh của ảnh 28x28</translation>
    </message>
    <message>
        <source>Turn the digit, in degrees (counter-clockwise +)</source>
        <translation>Xoay chữ số, tính bằng độ (ngược chiều kim đồng hồ là +)</translation>
    </message>
    <message>
        <source>Grow or shrink the digit about the middle of the image, in %</source>
        <translation>Phóng to hoặc thu nhỏ chữ số quanh tâm ảnh, tính bằng %</translation>
    </message>
    <message>
        <source>Thicken (+) or thin (-) the strokes, in pixels</source>
        <translation>Làm dày (+) hoặc làm mảnh (-) nét vẽ, tính bằng điểm ảnh</translation>
    </message>
    <message>
        <source>Add Gaussian noise: its standard deviation, in % of full ink</source>
        <translation>Thêm nhiễu Gauss: độ lệch chuẩn của nhiễu, tính bằng % của mức mực đậm nhất</translation>
    </message>
    <message>
        <source>cover a square</source>
        <translation>ô vuông</translation>
    </message>
    <message>
        <source>Black out a square of the input; drag it on the image</source>
        <translation>Tô đen một ô vuông của đầu vào; kéo ô vuông trên ảnh để di chuyển nó</translation>
    </message>
    <message>
        <source>Side of the square, in pixels</source>
        <translation>Cạnh ô vuông, tính bằng điểm ảnh</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Back to the digit as normalised (all sliders to their middle or zero)</source>
        <translation>Trở về chữ số như sau khi chuẩn hóa (mọi thanh trượt về giữa hoặc về 0)</translation>
    </message>
    <message>
        <source>Shift right</source>
        <translation>Dịch phải</translation>
    </message>
    <message>
        <source>Shift down</source>
        <translation>Dịch xuống</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Xoay</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Độ dày nét</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Nhiễu</translation>
    </message>
    <message>
        <source>Occlude</source>
        <translation>Che</translation>
    </message>
</context>
<context>
    <name>PerturbedInput</name>
    <message>
        <source>What every model receives: your digit, normalised as MNIST, then changed by the sliders. Drag the grey square to cover part of it.</source>
        <translation>Đầu vào mà mọi mô hình nhận được: chữ số của bạn, chuẩn hóa như MNIST, rồi biến đổi theo các thanh trượt. Kéo ô vuông màu xám để che một phần chữ số.</translation>
    </message>
</context>
<context>
    <name>SweepKind</name>
    <message>
        <source>shift right</source>
        <translation>dịch phải</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>điểm ảnh</translation>
    </message>
    <message>
        <source>shift down</source>
        <translation>dịch xuống</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>góc xoay</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>độ</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>tỉ lệ</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>hệ số</translation>
    </message>
    <message>
        <source>thickness</source>
        <translation>độ dày nét</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>nhiễu</translation>
    </message>
    <message>
        <source>std. dev.</source>
        <translation>độ lệch chuẩn</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>Test accuracy as the change grows</source>
        <translation>Độ chính xác khi biến đổi tăng dần</translation>
    </message>
    <message>
        <source>The change to sweep; every test digit gets it after normalisation</source>
        <translation>Phép biến đổi cần quét; mọi chữ số kiểm tra đều được biến đổi như vậy sau khi chuẩn hóa</translation>
    </message>
    <message>
        <source> test images</source>
        <translation> ảnh kiểm tra</translation>
    </message>
    <message>
        <source>How many MNIST test digits to read at every step (fewer: faster)</source>
        <translation>Số chữ số kiểm tra MNIST được đọc ở mỗi bước (càng ít càng nhanh)</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Chạy quét</translation>
    </message>
    <message>
        <source>Measure every chosen model at every step of the change, in the background</source>
        <translation>Đo mọi mô hình đã chọn ở từng bước của phép biến đổi, chạy ở chế độ nền</translation>
    </message>
    <message>
        <source>Choose a change and press Run sweep.</source>
        <translation>Chọn một phép biến đổi rồi nhấn Chạy quét.</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>độ chính xác kiểm tra</translation>
    </message>
    <message>
        <source>Plot as PNG...</source>
        <translation>Đồ thị PNG...</translation>
    </message>
    <message>
        <source>Save the plot as a PNG image</source>
        <translation>Lưu đồ thị thành ảnh PNG</translation>
    </message>
    <message>
        <source>Table as CSV...</source>
        <translation>Bảng CSV...</translation>
    </message>
    <message>
        <source>Save the accuracies as CSV: one row per step, one column per model</source>
        <translation>Lưu các độ chính xác thành tệp CSV: mỗi bước một hàng, mỗi mô hình một cột</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Đang dừng...</translation>
    </message>
    <message>
        <source>Choose at least one model above first.</source>
        <translation>Trước hết hãy chọn ít nhất một mô hình ở thẻ Dự đoán.</translation>
    </message>
    <message>
        <source>Loading {0} and the MNIST test digits...</source>
        <translation>Đang tải {0} và các chữ số kiểm tra MNIST...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop the sweep</source>
        <translation>Dừng phép quét</translation>
    </message>
    <message>
        <source>Measuring...</source>
        <translation>Đang đo...</translation>
    </message>
    <message>
        <source>Sweep stopped.</source>
        <translation>Đã dừng phép quét.</translation>
    </message>
    <message>
        <source>The sweep could not run.</source>
        <translation>Không chạy được phép quét.</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Quét</translation>
    </message>
    <message>
        <source>{kind} on {count} test digits. Unchanged: {unchanged}; lowest: {lowest}</source>
        <translation>Quét “{kind}” trên {count} chữ số kiểm tra. Khi chưa biến đổi: {unchanged}; thấp nhất: {lowest}</translation>
    </message>
    <message>
        <source>Save the sweep plot</source>
        <translation>Lưu đồ thị quét</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the sweep table</source>
        <translation>Lưu bảng quét</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Đã lưu {0}</translation>
    </message>
</context>
<context>
    <name>SweepWorker</name>
    <message>
        <source>The sweep failed: {0}: {1}</source>
        <translation>Phép quét thất bại: {0}: {1}</translation>
    </message>
</context>
</TS>
