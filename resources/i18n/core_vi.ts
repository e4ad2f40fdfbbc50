<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ModelFiles</name>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>đã dùng hết hạn mức ổ đĩa</translation>
    </message>
    <message>
        <source>permission denied (the folder is read-only for you)</source>
        <translation>không có quyền (bạn chỉ được đọc thư mục này)</translation>
    </message>
    <message>
        <source>permission denied (the folder is on a read-only disk)</source>
        <translation>không có quyền (thư mục nằm trên ổ đĩa chỉ đọc)</translation>
    </message>
    <message>
        <source>file name too long</source>
        <translation>tên tệp quá dài</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đó là một thư mục</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a usable file name</source>
        <translation>&apos;{0}&apos; không dùng được làm tên tệp</translation>
    </message>
    <message>
        <source>cannot save to {0}: folder {1} does not exist</source>
        <translation>không lưu được vào {0}: thư mục {1} không tồn tại</translation>
    </message>
    <message>
        <source>cannot save to {0}: {1}</source>
        <translation>không lưu được vào {0}: {1}</translation>
    </message>
    <message>
        <source>cannot save to {0}: {1} is a folder</source>
        <translation>không lưu được vào {0}: {1} là một thư mục</translation>
    </message>
    <message>
        <source>it</source>
        <translation>đó</translation>
    </message>
    <message>
        <source>cannot save {0}: the model has weights that are {1} (training diverged); train again with a lower learning rate</source>
        <translation>không lưu được {0}: mô hình có trọng số {1} (quá trình huấn luyện bị phân kỳ); hãy huấn luyện lại với tốc độ học nhỏ hơn</translation>
    </message>
    <message>
        <source>the model has no single input and output</source>
        <translation>mô hình không có đúng một đầu vào và một đầu ra</translation>
    </message>
    <message>
        <source>the model expects input {0}, not 28x28 grey images {1}</source>
        <translation>mô hình cần đầu vào {0}, không phải ảnh xám 28x28 {1}</translation>
    </message>
    <message>
        <source>the model has output {0}, not 10 digit probabilities</source>
        <translation>mô hình có đầu ra {0}, không phải 10 xác suất cho các chữ số</translation>
    </message>
    <message>
        <source>not numbers (NaN)</source>
        <translation>không phải là số (NaN)</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>vô cùng</translation>
    </message>
    <message>
        <source>{0} has weights that are {1}; it cannot read digits</source>
        <translation>{0} có trọng số {1}; nó không thể đọc chữ số</translation>
    </message>
    <message>
        <source>{0} is not a usable model file: {1}</source>
        <translation>{0} không phải tệp mô hình dùng được: {1}</translation>
    </message>
    <message>
        <source>no model file at {0}</source>
        <translation>không có tệp mô hình tại {0}</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>đó không phải một tệp thông thường</translation>
    </message>
    <message>
        <source>{0} is not a Keras .keras model file</source>
        <translation>{0} không phải tệp mô hình Keras .keras</translation>
    </message>
    <message>
        <source>cannot read model {0}: {1}</source>
        <translation>không đọc được mô hình {0}: {1}</translation>
    </message>
    <message>
        <source>it holds {0} files</source>
        <translation>nó chứa {0} tệp</translation>
    </message>
    <message>
        <source>its {0} would unpack to {1}</source>
        <translation>tệp {0} bên trong sẽ giải nén thành {1}</translation>
    </message>
    <message>
        <source>its {0} would unpack {1} times larger than it is stored</source>
        <translation>tệp {0} bên trong sẽ giải nén lớn gấp {1} lần khi lưu</translation>
    </message>
    <message>
        <source>it would unpack to {0}</source>
        <translation>nó sẽ giải nén thành {0}</translation>
    </message>
</context>
<context>
    <name>RegularFiles</name>
    <message>
        <source>a folder</source>
        <translation>một thư mục</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>một đường ống có tên (named pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>một socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>một tệp đặc biệt</translation>
    </message>
</context>
</TS>
