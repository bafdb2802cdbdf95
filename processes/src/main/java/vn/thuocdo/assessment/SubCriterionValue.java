package vn.thuocdo.assessment;

import vn.thuocdo.forms.scorecard.SelfScore;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The current values of one sub-criterion of a unit: its own (the answer as typed, the computed points, the note),
 * the appraised one with its reason, the unit's explanation, the final one. {@code version} is what a save must name
 * so that two officers never overwrite each other; {@code evidence} counts the files attached to it.
 */
public record SubCriterionValue(String code, SelfScore answer, BigDecimal points, String note,
                                SelfScore appraisedAnswer, BigDecimal appraisedPoints, String appraisedReason,
                                String explanation, BigDecimal finalPoints, String finalReason, int version,
                                String updatedBy, String updatedByName, Instant updatedAt, int evidence) {

    /** Whether the unit has given this sub-criterion a score. */
    public boolean scored() {
        return points != null;
    }

    /** The appraised points, or the unit's own when the appraisers kept them. */
    public BigDecimal appraisedOrSelf() {
        return appraisedPoints != null ? appraisedPoints : points;
    }

    /** Whether the appraisers changed the unit's points: what the unit may explain. */
    public boolean adjusted() {
        return appraisedPoints != null && (points == null || appraisedPoints.compareTo(points) != 0);
    }

    /** The points that count: final, else appraised, else the unit's own. */
    public BigDecimal effective() {
        return finalPoints != null ? finalPoints : appraisedOrSelf();
    }

    SubCriterionValue withEvidence(int count) {
        return new SubCriterionValue(code, answer, points, note, appraisedAnswer, appraisedPoints, appraisedReason,
                explanation, finalPoints, finalReason, version, updatedBy, updatedByName, updatedAt, count);
    }
}
