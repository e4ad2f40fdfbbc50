<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>ViewBox</name>
        <message>
            <source>ViewBox options</source>
            <translation>Tùy chọn khung nhìn</translation>
        </message>
        <message>
            <source>View All</source>
            <translation>Xem toàn bộ</translation>
        </message>
        <message>
            <source>Mouse Mode</source>
            <translation>Chế độ chuột</translation>
        </message>
        <message>
            <source>3 button</source>
            <translation>3 nút</translation>
        </message>
        <message>
            <source>1 button</source>
            <translation>1 nút</translation>
        </message>
        <message>
            <source>axis</source>
            <translation>(trục)</translation>
        </message>
    </context>
    <context>
        <name>PlotItem</name>
        <message>
            <source>Plot Options</source>
            <translation>Tùy chọn đồ thị</translation>
        </message>
        <message>
            <source>Transforms</source>
            <translation>Biến đổi</translation>
        </message>
        <message>
            <source>Downsample</source>
            <translation>Giảm mẫu</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>Alpha</source>
            <translation>Độ trong suốt</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Lưới</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Điểm</translation>
        </message>
    </context>
    <context>
        <name>GraphicsScene</name>
        <message>
            <source>Export...</source>
            <translation>Xuất...</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>antialias</source>
            <translation>khử răng cưa</translation>
        </message>
        <message>
            <source>background</source>
            <translation>nền</translation>
        </message>
        <message>
            <source>height</source>
            <translation>chiều cao</translation>
        </message>
        <message>
            <source>width</source>
            <translation>chiều rộng</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>độ chính xác số</translation>
        </message>
        <message>
            <source>separator</source>
            <translation>dấu phân cách</translation>
        </message>
        <message>
            <source>columnMode</source>
            <translation>kiểu cột</translation>
        </message>
        <message>
            <source>invertValue</source>
            <translation>đảo giá trị</translation>
        </message>
        <message>
            <source>scaling stroke</source>
            <translation>co giãn nét</translation>
        </message>
        <message>
            <source>Print Document</source>
            <translation>In tài liệu</translation>
        </message>
        <message>
            <source>Scalable Vector Graphics</source>
            <translation>Đồ họa vectơ (SVG)</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>Manual</source>
            <translation>Thủ công</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Tự động</translation>
        </message>
        <message>
            <source>Visible Data Only</source>
            <translation>Chỉ dữ liệu đang thấy</translation>
        </message>
        <message>
            <source>Auto Pan Only</source>
            <translation>Chỉ tự dịch</translation>
        </message>
        <message>
            <source>Invert Axis</source>
            <translation>Đảo trục</translation>
        </message>
        <message>
            <source>Mouse Enabled</source>
            <translation>Dùng chuột</translation>
        </message>
        <message>
            <source>Link Axis:</source>
            <translation>Liên kết trục:</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Tự động co giãn trục này mỗi khi dữ liệu hiển thị thay đổi.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Cho phép dùng chuột (kéo, phóng to/thu nhỏ) trên trục này.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Đảo chiều hiển thị của trục này (+y hướng xuống thay vì hướng lên).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Liên kết trục này với một khung nhìn khác. Khi liên kết, cả hai khung nhìn hiển thị cùng một khoảng dữ liệu.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Giá trị lớn nhất hiển thị trên trục này.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Giá trị nhỏ nhất hiển thị trên trục này.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Phần trăm dữ liệu được hiển thị khi tự động co giãn. Nên giảm giá trị này với dữ liệu có nhiễu đột biến.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Đặt khoảng của trục này bằng tay. Việc này tắt chế độ tự động co giãn. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Khi chọn, trục sẽ tự dịch để dữ liệu hiện tại nằm giữa, nhưng tỉ lệ của trục không đổi.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Khi chọn, trục chỉ tự co giãn theo dữ liệu đang thấy dọc theo trục vuông góc.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Alpha</source>
            <translation>Độ trong suốt</translation>
        </message>
        <message>
            <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
            <translation>Tự động giảm mẫu theo khoảng đang thấy. Giả định các giá trị X cách đều nhau.</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>Clip to View</source>
            <translation>Chỉ vẽ phần đang thấy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
            <translation>Hiển thị trung bình của các đường trong đồ thị này. Danh sách tham số cho phép chọn các tham số để lấy trung bình (nếu có).</translation>
        </message>
        <message>
            <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
            <translation>Giảm mẫu bằng cách vẽ một sóng răng cưa theo giá trị nhỏ nhất và lớn nhất của dữ liệu gốc. Cách này hiển thị dữ liệu đẹp nhất nhưng chậm hơn.</translation>
        </message>
        <message>
            <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
            <translation>Giảm mẫu bằng cách lấy mẫu đầu tiên trong mỗi N mẫu. Cách này nhanh nhất và kém chính xác nhất.</translation>
        </message>
        <message>
            <source>Downsample by taking the mean of N samples.</source>
            <translation>Giảm mẫu bằng cách lấy trung bình của N mẫu.</translation>
        </message>
        <message>
            <source>Downsample data before plotting. (plot every Nth sample)</source>
            <translation>Giảm mẫu dữ liệu trước khi vẽ (vẽ mỗi mẫu thứ N).</translation>
        </message>
        <message>
            <source>Downsample</source>
            <translation>Giảm mẫu</translation>
        </message>
        <message>
            <source>Export format</source>
            <translation>Định dạng xuất</translation>
        </message>
        <message>
            <source>Export options</source>
            <translation>Tùy chọn xuất</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <source>Forget hidden traces</source>
            <translation>Bỏ các đường đã ẩn</translation>
        </message>
        <message>
            <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
            <translation>Nếu chọn Số đường tối đa, xóa các đường khỏi bộ nhớ sau khi bị ẩn (tiết kiệm bộ nhớ, nhưng không thể hiện lại).</translation>
        </message>
        <message>
            <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
            <translation>Nếu đồ thị có nhiều đường, chọn ô này để giới hạn số đường được hiển thị.</translation>
        </message>
        <message>
            <source>Item to export:</source>
            <translation>Phần cần xuất:</translation>
        </message>
        <message>
            <source>Log X</source>
            <translation>Log X</translation>
        </message>
        <message>
            <source>Log Y</source>
            <translation>Log Y</translation>
        </message>
        <message>
            <source>Max Traces:</source>
            <translation>Số đường tối đa:</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>Độ đục</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>Đỉnh</translation>
        </message>
        <message>
            <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
            <translation>Chỉ vẽ phần đang thấy của mỗi đường. Giả định các giá trị X cách đều nhau.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>Power Spectrum (FFT)</source>
            <translation>Phổ công suất (FFT)</translation>
        </message>
        <message>
            <source>PyQtGraph</source>
            <translation>PyQtGraph</translation>
        </message>
        <message>
            <source>Show X Grid</source>
            <translation>Hiện lưới X</translation>
        </message>
        <message>
            <source>Show Y Grid</source>
            <translation>Hiện lưới Y</translation>
        </message>
        <message>
            <source>Subsample</source>
            <translation>Lấy mẫu thưa</translation>
        </message>
        <message>
            <source>Subtract Mean</source>
            <translation>Trừ trung bình</translation>
        </message>
        <message>
            <source>Y vs. Y'</source>
            <translation>Y theo Y'</translation>
        </message>
        <message>
            <source>dy/dx</source>
            <translation>dy/dx</translation>
        </message>
    </context>
</TS>
