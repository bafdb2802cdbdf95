package vn.thuocdo.assessment;

import vn.thuocdo.forms.scorecard.SelfScore;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value a sub-criterion had, as kept forever: its kind, points (null for an explanation, which gives no points),
 * the answer as stored, the note or reason, who and when.
 */
public record ValueChange(long id, String code, ValueKind kind, BigDecimal points, String answer, String note,
                          String byUser, String byName, Instant at) {

    /** The answer as the scoring reads it (null for an explanation), for a screen to word it. */
    public SelfScore score() {
        return Answers.read(answer);
    }
}
