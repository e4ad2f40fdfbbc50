<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ActiveModel</name>
    <message>
        <source>cannot load {name}: {error}</source>
        <translation>không tải được {name}: {error}</translation>
    </message>
</context>
<context>
    <name>DigitImageView</name>
    <message>
        <source>What the model sees: your drawing cropped, scaled to 20x20 and centred by mass in 28x28</source>
        <translation>Những gì mô hình nhìn thấy: hình vẽ của bạn được cắt, thu về 20x20 và đặt vào giữa khung 28x28 theo trọng tâm</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <source>Something went wrong inside the app:

{message}

The app keeps running and your work is kept. The details were written to
{log}
Please include that file if you report the problem.</source>
        <translation>Đã có lỗi xảy ra bên trong ứng dụng:

{message}

Ứng dụng vẫn chạy và công việc của bạn vẫn được giữ. Chi tiết đã được ghi vào
{log}
Khi báo lỗi, vui lòng gửi kèm tệp đó.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Digit Recognizer</source>
        <translation>Nhận dạng chữ số</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Vẽ</translation>
    </message>
    <message>
        <source>Draw a digit and see the prediction live</source>
        <translation>Vẽ một chữ số và xem dự đoán ngay lập tức</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Xây dựng</translation>
    </message>
    <message>
        <source>Compose your own network with live shapes and parameter counts</source>
        <translation>Tự ghép mạng của bạn, xem ngay kích thước đầu ra và số tham số</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Huấn luyện</translation>
    </message>
    <message>
        <source>Train a network on MNIST with live curves</source>
        <translation>Huấn luyện mạng trên MNIST, xem đồ thị theo thời gian thực</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Khám phá</translation>
    </message>
    <message>
        <source>Layers, shapes, parameter counts and feature maps</source>
        <translation>Các lớp, kích thước, số tham số và bản đồ đặc trưng</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>S&amp;o sánh</translation>
    </message>
    <message>
        <source>Conv versus dense: the same digit to several models, moved, turned, thickened or noisy, and accuracy sweeps</source>
        <translation>Tích chập và kết nối đầy đủ: cùng một chữ số đưa vào nhiều mô hình, khi dịch, xoay, làm đậm hay thêm nhiễu, và quét độ chính xác</translation>
    </message>
    <message>
        <source>My &amp;samples</source>
        <translation>&amp;Mẫu của tôi</translation>
    </message>
    <message>
        <source>Your kept drawings; adapt the model to your handwriting</source>
        <translation>Các hình vẽ bạn đã giữ; cho mô hình thích nghi với chữ viết tay của bạn</translation>
    </message>
    <message>
        <source>Your samples file could not be read: {0}</source>
        <translation>Không đọc được tệp mẫu của bạn: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open model...</source>
        <translation>&amp;Mở mô hình...</translation>
    </message>
    <message>
        <source>Load a .keras model trained for 28x28 digits</source>
        <translation>Tải một mô hình .keras đã huấn luyện cho chữ số 28x28</translation>
    </message>
    <message>
        <source>Use the &amp;default model</source>
        <translation>Dùng mô hình &amp;mặc định</translation>
    </message>
    <message>
        <source>The shipped model: reads MNIST and pen input, says when a drawing is not a digit</source>
        <translation>Mô hình đi kèm ứng dụng: đọc được MNIST và nét bút, báo khi hình vẽ không phải chữ số</translation>
    </message>
    <message>
        <source>Use the &amp;course CNN (seed-cnn, MNIST only)</source>
        <translation>Dùng CNN của &amp;khóa học (seed-cnn, chỉ MNIST)</translation>
    </message>
    <message>
        <source>The course&apos;s Conv32-Pool-Conv64-Pool-Conv128-Dense10, trained on MNIST alone; it never says &apos;not a digit&apos;</source>
        <translation>Mạng Conv32-Pool-Conv64-Pool-Conv128-Dense10 của khóa học, chỉ huấn luyện trên MNIST; nó không bao giờ báo &apos;không phải chữ số&apos;</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ngôn ngữ (&amp;Language)</translation>
    </message>
    <message>
        <source>Show the interface in {0} (from the next start)</source>
        <translation>Hiển thị giao diện bằng {0} (từ lần khởi động sau)</translation>
    </message>
    <message>
        <source>a network is training</source>
        <translation>một mạng đang được huấn luyện</translation>
    </message>
    <message>
        <source>the trained model is not saved</source>
        <translation>mô hình vừa huấn luyện chưa được lưu</translation>
    </message>
    <message>
        <source>the model is being adapted to your samples</source>
        <translation>mô hình đang được thích nghi với mẫu của bạn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The interface will be in {0} from the next start. It cannot restart now: {1}.</source>
        <translation>Giao diện sẽ dùng {0} từ lần khởi động sau. Chưa thể khởi động lại lúc này: {1}.</translation>
    </message>
    <message>
        <source>The interface will be in {0} from the next start. Restart now?</source>
        <translation>Giao diện sẽ dùng {0} từ lần khởi động sau. Khởi động lại ngay?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Khởi động lại ngay</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Để sau</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Chưa có mô hình</translation>
    </message>
    <message>
        <source>The model the canvas and inspector use</source>
        <translation>Mô hình mà khung vẽ và phần Khám phá đang dùng</translation>
    </message>
    <message>
        <source>trained {0} ({1}, unsaved)</source>
        <translation>{0} vừa huấn luyện ({1}, chưa lưu)</translation>
    </message>
    <message>
        <source>Loading {0}...</source>
        <translation>Đang tải {0}...</translation>
    </message>
    <message>
        <source>Starting TensorFlow and loading the model...</source>
        <translation>Đang khởi động TensorFlow và tải mô hình...</translation>
    </message>
    <message>
        <source>Model: {0} - MNIST test accuracy {1}</source>
        <translation>Mô hình: {0} - độ chính xác trên tập kiểm tra MNIST {1}</translation>
    </message>
    <message>
        <source>Model: {0} - test accuracy unknown</source>
        <translation>Mô hình: {0} - chưa rõ độ chính xác kiểm tra</translation>
    </message>
    <message>
        <source>Model {0} ready</source>
        <translation>Mô hình {0} đã sẵn sàng</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>Mô hình: {0}</translation>
    </message>
    <message>
        <source>Could not load the model</source>
        <translation>Không tải được mô hình</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>Không mở được mô hình</translation>
    </message>
    <message>
        <source>{0} stays active.</source>
        <translation>{0} vẫn đang được dùng.</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Mở mô hình</translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Mô hình Keras (*.keras);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Giới thiệu {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Draw digits, train convolutional networks and look inside them.&lt;/p&gt;&lt;p&gt;Built with TensorFlow/Keras, PySide6 and pyqtgraph. MNIST by LeCun, Cortes and Burges.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vẽ chữ số, huấn luyện mạng nơ-ron tích chập và nhìn vào bên trong chúng.&lt;/p&gt;&lt;p&gt;Xây dựng bằng TensorFlow/Keras, PySide6 và pyqtgraph. MNIST của LeCun, Cortes và Burges.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <source>digit</source>
        <translation>chữ số</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>xác suất</translation>
    </message>
    <message>
        <source>The network&apos;s probability for each digit (softmax output)</source>
        <translation>Xác suất mạng gán cho từng chữ số (đầu ra softmax)</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Could not export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
</context>
</TS>
