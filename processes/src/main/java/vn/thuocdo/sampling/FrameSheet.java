package vn.thuocdo.sampling;

import vn.thuocdo.shared.UploadLimits;

import java.util.List;
import java.util.function.Predicate;

/**
 * A spreadsheet as an adapter read it, before any rule of the template is applied: the sheet found for an annex
 * ({@code name}, null when the file has none), the names of all the file's sheets, the header row and the data rows.
 * A cell is a {@link String}, a {@link java.math.BigDecimal} for a number cell, a {@link Boolean}, or null when empty.
 * The rows are read anew from the file each time, never held as a whole: a million rows pass with flat memory.
 */
public record FrameSheet(String name, List<String> sheetNames, List<Object> headers, Rows rows) {

    public FrameSheet {
        sheetNames = List.copyOf(sheetNames);
        headers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(headers));
    }

    /** Rows held in memory (a sheet typed on screen, a test). */
    public static FrameSheet of(String name, List<String> sheetNames, List<Object> headers, List<Line> lines) {
        List<Line> copy = List.copyOf(lines);
        return new FrameSheet(name, sheetNames, headers, each -> {
            for (Line line : copy) {
                if (!each.test(line)) {
                    return;
                }
            }
        });
    }

    /** The file has no sheet for the annex. */
    public static FrameSheet missing(List<String> sheetNames) {
        return new FrameSheet(null, sheetNames, List.of(), each -> { });
    }

    public boolean present() {
        return name != null;
    }

    /** The data rows below the header, from the top. */
    @FunctionalInterface
    public interface Rows {
        /**
         * Hands each row to {@code each} in order until it returns false or the rows end; may throw
         * {@link InvalidFrame} when the file breaks a limit of {@link UploadLimits} on the way.
         */
        void read(Predicate<Line> each);
    }

    /** One data row; {@code number} is the spreadsheet's own row number, 1 for the header. */
    public record Line(int number, List<Object> cells) {
    }
}
