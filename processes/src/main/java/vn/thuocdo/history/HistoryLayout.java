package vn.thuocdo.history;

import java.util.List;

/**
 * The two Excel templates: the sheet the rows are read from, its columns in order (header, whether required, what
 * to write), and examples shown on the explanation sheet. Shared by the adapter's writer and reader.
 */
public enum HistoryLayout {

    RESULTS("Kết quả", "ket-qua-da-cong-bo.xlsx", List.of(
            new Column("Mã đơn vị", true, "Mã tỉnh hai chữ số (01, 31...) hoặc mã bộ (BTP, BYT...) như có trong năm "
                    + "đó; hoặc mã trong hệ thống (T63-31, T34-31). Trước năm 2025: 63 tỉnh cũ; từ 2025: 34 tỉnh mới."),
            new Column("Năm", true, "Năm đánh giá (2012...), không sau năm hiện tại."),
            new Column("Chỉ số", true, "sipas, par; hoặc chỉ số thành phần: sipas:<mã yếu tố>, par:<mã lĩnh vực>."),
            new Column("Giá trị", true, "Từ 0 đến 100, tối đa hai chữ số thập phân (dấu phẩy hoặc dấu chấm): 85,62."),
            new Column("Xếp hạng", false, "Thứ hạng đã công bố: số nguyên từ 1 (để trống nếu không có)."),
            new Column("Nhóm", false, "Nhóm xếp loại đã công bố (A, B, C...); để trống nếu không có.")),
            List.of(List.of("31", "2024", "sipas", "82,15", "12", ""), List.of("T34-31", "2025", "par", "88,4", "5", "B"))),

    TARGETS("Mục tiêu", "muc-tieu.xlsx", List.of(
            new Column("Mã đơn vị", true, "Mã tỉnh hai chữ số hoặc mã bộ, như có trong năm mục tiêu; hoặc mã trong "
                    + "hệ thống (T34-31)."),
            new Column("Chỉ số", true, "sipas, par; hoặc sipas:<mã yếu tố>, par:<mã lĩnh vực>."),
            new Column("Năm mục tiêu", true, "Năm phải đạt mục tiêu (2025...)."),
            new Column("Giá trị", true, "Mục tiêu đạt ít nhất (≥) giá trị này, từ 0 đến 100: 90."),
            new Column("Ghi chú", false, "Căn cứ của mục tiêu (nghị quyết, kế hoạch...), tối đa 500 ký tự.")),
            List.of(List.of("31", "sipas", "2025", "90", "Nghị quyết của Tỉnh ủy")));

    /** Name of the sheet that explains the columns. */
    public static final String GUIDE_SHEET = "Hướng dẫn";
    /** Rows a workbook may hold: 63 provinces and 25 ministries times a dozen measures is about 1,000 a year. */
    public static final int ROWS_MAX = 20_000;
    /** Longest text a cell of these templates needs; longer ones are refused before being looked at. */
    public static final int CELL_MAX = 500;
    /** Errors listed before the reader stops: a person fixes from the top anyway. */
    public static final int ERRORS_MAX = 200;

    private final String sheet;
    private final String fileName;
    private final List<Column> columns;
    private final List<List<String>> examples;

    HistoryLayout(String sheet, String fileName, List<Column> columns, List<List<String>> examples) {
        this.sheet = sheet;
        this.fileName = fileName;
        this.columns = columns;
        this.examples = examples;
    }

    public String sheet() {
        return sheet;
    }

    public String fileName() {
        return fileName;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<String>> examples() {
        return examples;
    }

    public String header(int column) {
        return columns.get(column).header();
    }

    /** A column of the template: its header, whether a row must fill it, and what to write there. */
    public record Column(String header, boolean required, String meaning) {
    }
}
