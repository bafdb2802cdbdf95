package vn.thuocdo.survey;

import java.util.List;

/**
 * Why an XLSForm workbook was refused, at one place of it: {@code sheet} ({@code survey}, {@code choices},
 * {@code settings}; null for the file as a whole), {@code row} the spreadsheet's row number (0 for a whole sheet or
 * file), {@code column} the column's header as written (null for a whole row). {@code key} is a message key the UI
 * renders in the reader's language with {@code args}.
 */
public record XlsFormError(String sheet, int row, String column, String key, List<Object> args) {

    public XlsFormError {
        args = List.copyOf(args);
    }

    /** An error of the whole file (not a spreadsheet, too large...). */
    public static XlsFormError ofFile(String key, Object... args) {
        return new XlsFormError(null, 0, null, key, List.of(args));
    }
}
