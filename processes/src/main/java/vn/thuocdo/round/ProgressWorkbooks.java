package vn.thuocdo.round;

/** The round dashboard's matrix (units × stages) as a spreadsheet. Implemented by an integration adapter. */
public interface ProgressWorkbooks {

    /** An .xlsx of the progress, its texts from the caller's message bundle. */
    byte[] matrix(RoundProgress progress, Labels labels);

    /** The reader's wording for a message key. */
    @FunctionalInterface
    interface Labels {
        String text(String key, Object... args);
    }
}
