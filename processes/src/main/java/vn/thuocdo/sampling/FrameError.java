package vn.thuocdo.sampling;

import java.util.List;

/**
 * Why an uploaded frame was refused, at one place of the file: {@code row} is the spreadsheet's row number (0 for
 * the file as a whole), {@code column} its letter (null for a whole row or file). {@code key} is a message key the
 * UI renders in the reader's language with {@code args}.
 */
public record FrameError(int row, String column, String key, List<Object> args) {

    public FrameError {
        args = List.copyOf(args);
    }

    static FrameError ofFile(String key, Object... args) {
        return new FrameError(0, null, key, List.of(args));
    }
}
