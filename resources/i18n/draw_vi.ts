<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DrawArea</name>
    <message>
        <source>Loading the model...</source>
        <translation>Đang tải mô hình...</translation>
    </message>
    <message>
        <source>No model: open one with File &gt; Open model (Ctrl+O)</source>
        <translation>Chưa có mô hình: hãy mở một mô hình bằng Tệp &gt; Mở mô hình (Ctrl+O)</translation>
    </message>
    <message>
        <source>Right or wrong? Keep it as: press 0-9, or N for not a digit</source>
        <translation>Đúng hay sai? Giữ lại làm mẫu: nhấn 0-9, hoặc N nếu không phải chữ số</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>Ảnh ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The digit the network thinks you drew</source>
        <translation>Chữ số mà mạng cho là bạn đã vẽ</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Hãy vẽ một chữ số</translation>
    </message>
    <message>
        <source>What the model sees (28x28):</source>
        <translation>Những gì mô hình thấy (28x28):</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Công cụ vẽ</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Tẩy</translation>
    </message>
    <message>
        <source>Erase parts of the drawing</source>
        <translation>Tẩy bớt một phần hình vẽ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Chế độ số</translation>
    </message>
    <message>
        <source>Number mode: write several digits in a row and read them as one number (right-click a digit to split or join)</source>
        <translation>Chế độ số: viết nhiều chữ số liền nhau và đọc chúng thành một số (nhấp chuột phải vào một chữ số để tách hoặc nối)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Hoàn tác nét vẽ cuối cùng</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Redo the stroke undone last</source>
        <translation>Làm lại nét vẽ vừa hoàn tác</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Clear the canvas</source>
        <translation>Xóa khung vẽ</translation>
    </message>
    <message>
        <source>Open image...</source>
        <translation>Mở ảnh...</translation>
    </message>
    <message>
        <source>Read a digit from a picture ({0})</source>
        <translation>Đọc chữ số từ một ảnh ({0})</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Paste a picture of a digit</source>
        <translation>Dán ảnh của một chữ số</translation>
    </message>
    <message>
        <source>Brush width in screen pixels ([ and ] change it)</source>
        <translation>Độ dày nét bút tính bằng điểm ảnh màn hình (phím [ và ] để thay đổi)</translation>
    </message>
    <message>
        <source>Thinner</source>
        <translation>Mảnh hơn</translation>
    </message>
    <message>
        <source>Thinner brush</source>
        <translation>Nét bút mảnh hơn</translation>
    </message>
    <message>
        <source>Thicker</source>
        <translation>Dày hơn</translation>
    </message>
    <message>
        <source>Thicker brush</source>
        <translation>Nét bút dày hơn</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Cỡ bút</translation>
    </message>
    <message>
        <source>Keep this drawing in My samples as {0}</source>
        <translation>Giữ hình vẽ này trong Mẫu của tôi với nhãn {0}</translation>
    </message>
    <message>
        <source>Not a digit</source>
        <translation>Không phải chữ số</translation>
    </message>
    <message>
        <source>Keep this drawing in My samples as not a digit</source>
        <translation>Giữ hình vẽ này trong Mẫu của tôi với nhãn không phải chữ số</translation>
    </message>
    <message>
        <source>Kept drawings make your own sample set (My samples tab): the model can be adapted to them, and Train can add them to MNIST</source>
        <translation>Các hình vẽ được giữ lại tạo thành tập mẫu của riêng bạn (thẻ Mẫu của tôi): có thể thích nghi mô hình với chúng, và thẻ Huấn luyện có thể thêm chúng vào MNIST</translation>
    </message>
    <message>
        <source>A picture has no pen strokes to keep: draw the digit to keep it</source>
        <translation>Ảnh không có nét bút nào để giữ lại: hãy vẽ chữ số để giữ nó</translation>
    </message>
    <message>
        <source>Samples are single digits: leave number mode (Ctrl+M) to keep one</source>
        <translation>Mỗi mẫu là một chữ số: hãy thoát chế độ số (Ctrl+M) để giữ lại</translation>
    </message>
    <message>
        <source>Draw something first, then press its key to keep it</source>
        <translation>Hãy vẽ trước, rồi nhấn phím tương ứng để giữ lại</translation>
    </message>
    <message>
        <source>That drawing is kept already</source>
        <translation>Hình vẽ này đã được giữ lại rồi</translation>
    </message>
    <message>
        <source>Kept as not a digit ({0} in My samples). Draw the next one</source>
        <translation>Đã giữ với nhãn không phải chữ số ({0} trong Mẫu của tôi). Hãy vẽ hình tiếp theo</translation>
    </message>
    <message>
        <source>Kept as {0} ({1} in My samples). Draw the next one</source>
        <translation>Đã giữ với nhãn {0} ({1} trong Mẫu của tôi). Hãy vẽ hình tiếp theo</translation>
    </message>
    <message>
        <source>The number the network reads, digit by digit (? : not a digit)</source>
        <translation>Số mà mạng đọc được, từng chữ số một (? : không phải chữ số)</translation>
    </message>
    <message>
        <source>Write a number</source>
        <translation>Hãy viết một số</translation>
    </message>
    <message>
        <source>1 digit; least sure {0}. Right-click to split or join.</source>
        <translation>1 chữ số; độ tin cậy thấp nhất {0}. Nhấp chuột phải để tách hoặc nối.</translation>
    </message>
    <message>
        <source>{0} digits; least sure {1}. Right-click to split or join.</source>
        <translation>{0} chữ số; độ tin cậy thấp nhất {1}. Nhấp chuột phải để tách hoặc nối.</translation>
    </message>
    <message>
        <source>closest: {0} ({1})</source>
        <translation>gần giống nhất: {0} ({1})</translation>
    </message>
    <message>
        <source>{0} sure</source>
        <translation>Chắc chắn {0}</translation>
    </message>
    <message>
        <source>or maybe {0} ({1})</source>
        <translation>hoặc có thể là {0} ({1})</translation>
    </message>
    <message>
        <source>Cannot use image</source>
        <translation>Không dùng được ảnh</translation>
    </message>
    <message>
        <source>Open image of a digit</source>
        <translation>Mở ảnh của một chữ số</translation>
    </message>
    <message>
        <source>The pasted picture</source>
        <translation>Ảnh vừa dán</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Không có gì để dán</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Bộ nhớ tạm không chứa ảnh nào.</translation>
    </message>
    <message>
        <source>The dropped picture</source>
        <translation>Ảnh vừa thả vào</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Draw a digit with the left mouse button or a pen</source>
        <translation>Vẽ một chữ số bằng chuột trái hoặc bút</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Vẽ một chữ số ở đây</translation>
    </message>
</context>
<context>
    <name>NumberMode</name>
    <message>
        <source>Split the digits here</source>
        <translation>Tách các chữ số tại đây</translation>
    </message>
    <message>
        <source>Read the ink left and right of this point as two digits</source>
        <translation>Đọc nét mực bên trái và bên phải điểm này thành hai chữ số</translation>
    </message>
    <message>
        <source>Join with the digit before</source>
        <translation>Nối với chữ số phía trước</translation>
    </message>
    <message>
        <source>Join with the digit after</source>
        <translation>Nối với chữ số phía sau</translation>
    </message>
    <message>
        <source>Undo my splits and joins</source>
        <translation>Hoàn tác các lần tách và nối của tôi</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>{0} is not a picture this app can read ({1})</source>
        <translation>{0} không phải là ảnh mà ứng dụng này đọc được ({1})</translation>
    </message>
    <message>
        <source>the limit is {0} megapixels</source>
        <translation>giới hạn là {0} megapixel</translation>
    </message>
    <message>
        <source>{0} is {1}x{2} pixels; {3}</source>
        <translation>{0} có kích thước {1}x{2} điểm ảnh; {3}</translation>
    </message>
    <message>
        <source>{0} has too many pixels; {1}</source>
        <translation>{0} có quá nhiều điểm ảnh; {1}</translation>
    </message>
    <message>
        <source>{0} looks blank: no digit found</source>
        <translation>{0} có vẻ trống: không tìm thấy chữ số nào</translation>
    </message>
    <message>
        <source>{0} is a folder, not a picture</source>
        <translation>{0} là một thư mục, không phải ảnh</translation>
    </message>
    <message>
        <source>{0} is not a picture file (it is {1})</source>
        <translation>{0} không phải là tệp ảnh (đó là {1})</translation>
    </message>
    <message>
        <source>{0} cannot be found</source>
        <translation>Không tìm thấy {0}</translation>
    </message>
    <message>
        <source>{0} cannot be opened: permission denied</source>
        <translation>Không mở được {0}: không có quyền truy cập</translation>
    </message>
    <message>
        <source>{0} cannot be opened: {1}</source>
        <translation>Không mở được {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: {1}</source>
        <translation>{0} bị hỏng hoặc không đầy đủ: {1}</translation>
    </message>
    <message>
        <source>{0} is too large to decode in the memory available</source>
        <translation>{0} quá lớn để giải mã với bộ nhớ hiện có</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: the file is empty</source>
        <translation>{0} bị hỏng hoặc không đầy đủ: tệp rỗng</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: it starts like a {1} file but its header cannot be read</source>
        <translation>{0} bị hỏng hoặc không đầy đủ: tệp bắt đầu giống một tệp {1} nhưng không đọc được phần đầu tệp (header)</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <source>{0} is in a format ({1}) this app does not read; use {2}</source>
        <translation>{0} có định dạng ({1}) mà ứng dụng này không đọc được; hãy dùng {2}</translation>
    </message>
    <message>
        <source>{0} is in a format this app does not read; use {1}</source>
        <translation>{0} có định dạng mà ứng dụng này không đọc được; hãy dùng {1}</translation>
    </message>
</context>
</TS>
