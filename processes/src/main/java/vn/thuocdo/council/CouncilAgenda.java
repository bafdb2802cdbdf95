package vn.thuocdo.council;

import java.util.List;

/**
 * What the council reviews: the compiled results of a round's units (the appraised points now, the full indices
 * later). Implemented by the capability that compiles them; without one the council screen says there are none yet.
 */
public interface CouncilAgenda {

    /** Every unit's result in the round, in any order. */
    List<UnitResult> results(String roundId);

    /** A council session opened on the results as they are now: the implementation may record which ones. */
    default void sessionOpened(String roundId, String sessionId) {
    }

    /**
     * One unit's compiled result; {@code percent} is of {@code maxPoints}, {@code note}, a message key, may be null.
     * A compiled version also gives the rank among units of the same kind, its 95% interval and the group (null
     * before the compilation, and for a unit outside the ranking), and the unit's kind (PROVINCE, MINISTRY), the ranking
     * it is in.
     */
    record UnitResult(String unitId, String unitName, java.math.BigDecimal points, java.math.BigDecimal maxPoints,
                      java.math.BigDecimal percent, String note, Integer rank, Integer rankLow, Integer rankHigh,
                      String group, String unitKind) {

        /** A compiled result whose unit's kind is not said: ranked with the others. */
        public UnitResult(String unitId, String unitName, java.math.BigDecimal points, java.math.BigDecimal maxPoints,
                          java.math.BigDecimal percent, String note, Integer rank, Integer rankLow, Integer rankHigh,
                          String group) {
            this(unitId, unitName, points, maxPoints, percent, note, rank, rankLow, rankHigh, group, null);
        }

        /** The appraised points before any compilation: no rank of their own. */
        public UnitResult(String unitId, String unitName, java.math.BigDecimal points, java.math.BigDecimal maxPoints,
                          java.math.BigDecimal percent, String note) {
            this(unitId, unitName, points, maxPoints, percent, note, null, null, null, null, null);
        }
    }
}
