package vn.thuocdo.history;

import vn.thuocdo.units.Unit;

import java.util.List;
import java.util.Map;

/** Units × years of one measure: the years shown, oldest first, and each unit's values by year. */
public record YearTable(List<Integer> years, List<Row> rows) {

    public record Row(Unit unit, Map<Integer, SeriesPoint> values) {
    }
}
