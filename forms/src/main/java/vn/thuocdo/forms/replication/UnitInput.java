package vn.thuocdo.forms.replication;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit of the round as the compilation read it: its kind ({@code PROVINCE}, {@code MINISTRY}), the scorecard it was
 * scored on (null: none, the unit has no PAR INDEX), the state of its self-assessment (null: it has none) and its
 * points per sub-criterion. Listed in the compilation's order, which the units not significantly different follow.
 */
public record UnitInput(String unitId, String name, String kind, String scorecardId, String assessmentState,
                        List<Points> points) {

    public UnitInput {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** One sub-criterion's points: the unit's own, the appraisers', the final (after the explanation); each may be null. */
    public record Points(String code, BigDecimal self, BigDecimal appraised, BigDecimal finalPoints) {

        /** What the index counts: final, else appraised, else the unit's own (null: not scored). */
        public BigDecimal counted() {
            return finalPoints != null ? finalPoints : appraised != null ? appraised : self;
        }
    }
}
