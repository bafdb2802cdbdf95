package vn.thuocdo.history;

import java.util.List;

/** One filled row of an imported sheet: its spreadsheet row number and its cells as text, in the layout's order. */
public record SheetRow(int row, List<String> cells) {

    public SheetRow {
        cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    /** The text of a column, null when empty or missing. */
    public String cell(int column) {
        return column >= cells.size() ? null : cells.get(column);
    }
}
