package vn.thuocdo.survey.xlsx;

import java.util.List;

/** One non-blank row of a sheet: its spreadsheet row number, and its cells as trimmed text (null when empty). */
record Line(int row, List<String> cells) {

    String cell(int column) {
        return column < 0 || column >= cells.size() ? null : cells.get(column);
    }
}
