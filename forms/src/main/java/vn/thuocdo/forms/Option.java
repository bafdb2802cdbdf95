package vn.thuocdo.forms;

/** One answer a {@link FieldType#CHOICE} field offers: the key kept with the answers, and its label for people. */
public record Option(String key, Text label) {
}
