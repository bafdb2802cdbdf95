package vn.thuocdo.forms;

/**
 * One column of a frame template. {@code header} is the exact Vietnamese text of the header cell (a renamed column
 * means a different template); {@code digits} is the length of a CODE; {@code min} bounds an INTEGER;
 * {@code maxLength} bounds TEXT; {@code width} is the column width in the generated template, in characters.
 */
public record FrameColumn(String key, String header, FrameColumnType type, boolean required, Long min,
                          Integer digits, Integer maxLength, Integer width, String hint) {
}
