package vn.thuocdo.forms;

import java.util.List;
import java.util.Optional;

/**
 * A versioned layout of a list a unit uploads as a spreadsheet, such as the sampling frame (Phụ lục 1): the sheet
 * that holds the rows, its columns in order, which columns together identify a row, and the instructions printed
 * on the template's second sheet.
 */
public record FrameDefinition(String id, int version, Text title, Text description, String sheet,
                              List<FrameColumn> columns, List<String> uniqueBy, List<String> instructions) {

    /** The reference stored with an attached frame: {@code id@version}. */
    public String reference() {
        return id + "@" + version;
    }

    public Optional<FrameColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The column's position, 0 first; -1 when there is no such column. */
    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
