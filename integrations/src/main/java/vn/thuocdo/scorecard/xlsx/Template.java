package vn.thuocdo.scorecard.xlsx;

import java.util.List;

/**
 * The scorecard template's layout, shared by the writer and the reader so that importing an export gives the same
 * scorecard: the "Thông tin" sheet holds one property per row (key, value, meaning); the "Tiêu chí" sheet one row per
 * area (level 1), criterion (2) and sub-criterion (3). Cells that hold lists write one entry per line, its parts
 * separated by '|'.
 */
final class Template {

    static final String CODE = "Mã";
    static final String LEVEL = "Cấp";
    static final String TITLE_VI = "Tên tiếng Việt";
    static final String TITLE_EN = "Tên tiếng Anh";
    static final String MAX_POINTS = "Điểm tối đa";
    static final String TYPE = "Cách chấm";
    static final String LEVELS = "Các mức";
    static final String FIGURES = "Số liệu";
    static final String VALUE = "Công thức";
    static final String SCORING = "Quy đổi điểm";
    static final String BANDS = "Ngưỡng";
    static final String CHECKS = "Kiểm tra số liệu";
    static final String WHEN_UNDEFINED = "Điểm khi không tính được";
    static final String MEASURE = "Chỉ số điều tra";
    static final String EVIDENCE = "Cần tài liệu kiểm chứng";
    static final String GUIDANCE_VI = "Hướng dẫn tiếng Việt";
    static final String GUIDANCE_EN = "Hướng dẫn tiếng Anh";

    static final List<String> TREE_COLUMNS = List.of(CODE, LEVEL, TITLE_VI, TITLE_EN, MAX_POINTS, TYPE, LEVELS,
            FIGURES, VALUE, SCORING, BANDS, CHECKS, WHEN_UNDEFINED, MEASURE, EVIDENCE, GUIDANCE_VI, GUIDANCE_EN);
    /** Columns only a sub-criterion (level 3) fills. */
    static final List<String> RULE_COLUMNS = List.of(TYPE, LEVELS, FIGURES, VALUE, SCORING, BANDS, CHECKS,
            WHEN_UNDEFINED, MEASURE, EVIDENCE);

    static final String PROPERTY = "Thuộc tính";
    static final String PROPERTY_VALUE = "Giá trị";
    static final String MEANING = "Ý nghĩa";

    /** The "Thông tin" sheet's properties in order, with their meaning for the person filling the template. */
    static final List<List<String>> PROPERTIES = List.of(
            List.of("id", "Mã bộ tiêu chí: chữ thường, số và '-', ví dụ par-province-2026-v1 (không trùng bộ đã có)"),
            List.of("version", "Phiên bản: số nguyên từ 1"),
            List.of("kind", "PROVINCE (cấp tỉnh) hoặc MINISTRY (cấp bộ)"),
            List.of("yearFrom", "Áp dụng từ năm đánh giá"),
            List.of("yearTo", "Áp dụng đến năm (để trống: đến khi có bộ mới)"),
            List.of("titleVi", "Tên bộ tiêu chí tiếng Việt"),
            List.of("titleEn", "Tên bộ tiêu chí tiếng Anh"),
            List.of("totalPoints", "Tổng điểm tối đa: bằng tổng điểm các lĩnh vực"),
            List.of("surveyPoints", "Tổng điểm qua điều tra xã hội học (SURVEY): để trống nếu không khai"),
            List.of("provisional", "có nếu là bản tạm thời, không nếu là bản chính thức"),
            List.of("sourceVi", "Căn cứ, nguồn (tiếng Việt)"),
            List.of("sourceEn", "Căn cứ, nguồn (tiếng Anh)"));

    /** Longest text a cell may hold here; longer ones are refused before anything else is done with them. */
    static final int CELL_MAX = 4000;
    /** Entries a list cell may hold (levels, figures, bands, checks). */
    static final int LINES_MAX = 50;
    /** Rows of the tree sheet: far above the 100 or so nodes of a real scorecard. */
    static final int ROWS_MAX = 2000;
    /** Errors listed before the reader stops: a person fixes from the top anyway. */
    static final int ERRORS_MAX = 200;

    private Template() {
    }
}
