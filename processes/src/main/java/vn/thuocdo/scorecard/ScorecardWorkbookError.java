package vn.thuocdo.scorecard;

import java.util.List;

/**
 * Why a scorecard workbook was refused, at one place of it: {@code sheet} (null for the file as a whole),
 * {@code row} the spreadsheet's row number (0 for a whole sheet or file), {@code column} the column's header (null
 * for a whole row). {@code key} is a message key the UI renders in the reader's language with {@code args}.
 */
public record ScorecardWorkbookError(String sheet, int row, String column, String key, List<Object> args) {

    public ScorecardWorkbookError {
        args = List.copyOf(args);
    }

    /** An error of the whole file (not a spreadsheet, too large...). */
    public static ScorecardWorkbookError ofFile(String key, Object... args) {
        return new ScorecardWorkbookError(null, 0, null, key, List.of(args));
    }
}
