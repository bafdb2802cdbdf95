package vn.thuocdo.sampling;

/**
 * A coordinator's reason for returning a submission, pinned to what it is about: a field of the form
 * ({@code target} {@link #FIELD}, {@code ref} the field's key) or a row of an annex ({@code target} the annex's
 * frame id, {@code ref} the spreadsheet row number the unit uploaded). {@code subject} is what the row said when
 * the note was written (commune and village, say), kept because a corrected upload renumbers rows; the service
 * fills it in, whatever a caller sends.
 */
public record ReturnNote(String target, String ref, String subject, String reason) {

    public static final String FIELD = "field";
    /** A reason longer than this is a letter, not a note on one row. */
    public static final int MAX_REASON = 500;
    /** More notes than this means the submission needs redoing as a whole, which the overall reason says. */
    public static final int MAX_NOTES = 300;

    public static ReturnNote onField(String key, String reason) {
        return new ReturnNote(FIELD, key, null, reason);
    }

    public static ReturnNote onRow(String frameId, int row, String reason) {
        return new ReturnNote(frameId, Integer.toString(row), null, reason);
    }

    public boolean onField() {
        return FIELD.equals(target);
    }
}
