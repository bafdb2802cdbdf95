package vn.thuocdo.sampling;

import java.util.List;

/**
 * One village or residential group of the sampling frame (Phụ lục 1), with the spreadsheet row it came from so that
 * a later question about it can point at the unit's own file.
 */
public record FrameRow(int row, String communeCode, String communeName, String villageName, long households,
                       long population) {

    /** The column keys a frame template must define for its rows to become these. */
    public static final List<String> KEYS = List.of("communeCode", "communeName", "villageName", "households",
            "population");

    /** The row as a reviewer names it in a note: "11311 · Phường Hồng Bàng · Tổ dân phố 1". */
    public String subject() {
        return communeCode + " · " + communeName + " · " + villageName;
    }

    static FrameRow of(FrameLine line) {
        return new FrameRow(line.row(), line.text("communeCode"), line.text("communeName"), line.text("villageName"),
                line.number("households"), line.number("population"));
    }
}
