package vn.thuocdo.sampling;

import java.util.List;

/**
 * Why an uploaded frame was refused, at one place of the file: {@code sheet} the annex's sheet (null for the file as
 * a whole), {@code row} the spreadsheet's row number (0 for a whole sheet or file), {@code column} its letter (null
 * for a whole row or file). {@code key} is a message key the UI renders in the reader's language with {@code args}.
 */
public record FrameError(String sheet, int row, String column, String key, List<Object> args) {

    public FrameError {
        args = List.copyOf(args);
    }

    /** An error found in a sheet before it is known which annex it belongs to. */
    public FrameError(int row, String column, String key, List<Object> args) {
        this(null, row, column, key, args);
    }

    FrameError inSheet(String name) {
        return new FrameError(name, row, column, key, args);
    }

    static FrameError ofFile(String key, Object... args) {
        return new FrameError(0, null, key, List.of(args));
    }
}
