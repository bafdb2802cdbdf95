package vn.thuocdo.history;

import java.math.BigDecimal;

/**
 * One value of a unit's series: the year, the unit it was published for (the unit itself, or a predecessor before
 * the 2025 reorganisation), the value with its published rank and group, and how it compares with the unit's own.
 * A value {@link Comparability#RECOMPUTED recomputed} from the old provinces' microdata is the unit's own (its id) and
 * names the old provinces in {@code unitName}; it carries its 95% interval ({@code ciLow}, {@code ciHigh}, in percent).
 */
public record SeriesPoint(int year, String unitId, String unitName, BigDecimal value, Integer rank, String group,
                          Comparability comparability, BigDecimal ciLow, BigDecimal ciHigh) {

    /** A published value: no interval is kept with it. */
    public SeriesPoint(int year, String unitId, String unitName, BigDecimal value, Integer rank, String group,
                       Comparability comparability) {
        this(year, unitId, unitName, value, rank, group, comparability, null, null);
    }

    /** How a value of the series relates to the unit whose series it is. */
    public enum Comparability {
        /** Published (or computed) for the unit itself. */
        OWN,
        /** Published for its one predecessor, the same province before July 2025: the series continues. */
        CONTINUED,
        /**
         * Published for one of several provinces merged into it: only the published aggregates exist, so it is shown
         * beside the series, labelled "không so sánh trực tiếp", never averaged into it.
         */
        NOT_DIRECTLY_COMPARABLE,
        /**
         * Recomputed for the unit itself from the microdata of the provinces merged into it, for a year before July
         * 2025 whose round the system holds and published: labelled "Tính lại từ dữ liệu gốc của các tỉnh cũ", with
         * the old provinces named. The same territory and the same definition, so it stands for the unit's own.
         */
        RECOMPUTED;

        /** Whether a value may stand for the unit's own (a target is judged by such values only). */
        public boolean direct() {
            return this != NOT_DIRECTLY_COMPARABLE;
        }
    }
}
