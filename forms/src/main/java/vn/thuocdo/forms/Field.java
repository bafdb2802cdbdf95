package vn.thuocdo.forms;

import java.util.List;

/**
 * One question or entry of a form. {@code min}/{@code max} bound numbers (INTEGER and DECIMAL), {@code maxLength}
 * bounds what may be typed (the type's default when null); {@code grouping} lets an INTEGER or DECIMAL be written
 * with Vietnamese thousands dots ("650.000"); {@code decimals} is how many digits a DECIMAL takes after its comma
 * (2 when null); {@code options} are a CHOICE's answers. Null means not set.
 */
public record Field(String key, Text label, Text help, FieldType type, boolean required,
                    Long min, Long max, Integer maxLength, Boolean grouping, Integer decimals, List<Option> options) {

    public Field(String key, Text label, Text help, FieldType type, boolean required, Long min, Long max,
                 Integer maxLength) {
        this(key, label, help, type, required, min, max, maxLength, null, null, null);
    }

    /** The longest input this field takes, checked on the raw text before any parsing or pattern. */
    public int bound() {
        return maxLength != null ? maxLength : type.defaultBound();
    }

    public boolean groupsThousands() {
        return Boolean.TRUE.equals(grouping);
    }

    public int decimalDigits() {
        return decimals == null ? 2 : decimals;
    }

    public List<Option> choices() {
        return options == null ? List.of() : options;
    }
}
