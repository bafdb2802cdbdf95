package vn.thuocdo.sampling;

import java.util.List;

/**
 * A spreadsheet as an adapter read it, before any rule of the template is applied: the names of its sheets, and the
 * header and data rows of the sheet the template names (empty when there is no such sheet). A cell is a
 * {@link String}, a {@link java.math.BigDecimal} for a number cell, a {@link Boolean}, or null when empty.
 */
public record FrameSheet(List<String> sheetNames, List<Object> headers, List<Line> lines) {

    /** One data row; {@code number} is the spreadsheet's own row number, 1 for the header. */
    public record Line(int number, List<Object> cells) {
    }
}
