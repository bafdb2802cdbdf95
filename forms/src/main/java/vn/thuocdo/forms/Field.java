package vn.thuocdo.forms;

/**
 * One question or entry of a form. {@code min}/{@code max} bound integers, {@code maxLength} bounds text;
 * null means no bound.
 */
public record Field(String key, Text label, Text help, FieldType type, boolean required,
                    Long min, Long max, Integer maxLength) {
}
