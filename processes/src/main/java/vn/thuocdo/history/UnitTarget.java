package vn.thuocdo.history;

import java.math.BigDecimal;
import java.time.Instant;

/** A unit's target: {@code measure} at least {@code value} by {@code year}, with who set it, when and why. */
public record UnitTarget(String id, String unitId, String unitName, String measure, int year, BigDecimal value,
                         String note, String setBy, String setName, Instant setAt) {

    /** The only comparator targets use: the measure reaches at least the value. */
    public static final String AT_LEAST = ">=";
}
