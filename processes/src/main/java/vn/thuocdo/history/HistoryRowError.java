package vn.thuocdo.history;

import java.util.List;

/**
 * Why a row of an imported workbook was refused: {@code row} as the spreadsheet numbers it (0 for the file),
 * {@code column} its header (null for the row or file), {@code key} a message key rendered with {@code args}.
 */
public record HistoryRowError(int row, String column, String key, List<Object> args) {

    public HistoryRowError {
        args = List.copyOf(args);
    }

    public static HistoryRowError ofFile(String key, Object... args) {
        return new HistoryRowError(0, null, key, List.of(args));
    }
}
