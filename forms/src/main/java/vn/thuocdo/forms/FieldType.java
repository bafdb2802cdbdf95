package vn.thuocdo.forms;

/**
 * What a field holds; decides how it is entered, checked and kept. Each type has a default bound on the length of
 * what may be typed, applied before anything else looks at the text, so no input costs more than its bound to refuse.
 */
public enum FieldType {
    TEXT(500), LONG_TEXT(4000), INTEGER(40), DECIMAL(40), EMAIL(254), PHONE(20), DATE(20), CHOICE(100);

    private final int defaultBound;

    FieldType(int defaultBound) {
        this.defaultBound = defaultBound;
    }

    /** The longest input a field of this type takes when its definition sets no {@code maxLength}. */
    public int defaultBound() {
        return defaultBound;
    }

    /** Whether answers are written by people as free text (and so counted, trimmed and checked for controls). */
    public boolean isText() {
        return this == TEXT || this == LONG_TEXT;
    }
}
