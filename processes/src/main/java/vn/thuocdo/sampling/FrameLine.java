package vn.thuocdo.sampling;

import java.util.Map;

/**
 * One accepted row of an annex, whatever the annex: its spreadsheet row number and each column's value by key (a
 * {@link String} for TEXT and CODE, a {@link Long} for INTEGER, absent when an optional cell was empty). The
 * annex's own record ({@link FrameRow}, {@link DossierCount}) is made from it.
 */
public record FrameLine(int row, Map<String, Object> values) {

    public FrameLine {
        values = Map.copyOf(values);
    }

    public String text(String key) {
        return (String) values.get(key);
    }

    public long number(String key) {
        return (Long) values.get(key);
    }
}
