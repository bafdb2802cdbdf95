package vn.thuocdo.round;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one unit stands in one stage of a round. {@code state} is the stage's own word (a message key suffix,
 * e.g. {@code SUBMITTED}); {@code waitingForUnit} says the unit must act, which makes it overdue past {@code due}.
 * {@code progress} is how far a stage that collects many answers per unit has got (the online survey), else null.
 */
public record StageStatus(String state, Tone tone, boolean waitingForUnit, LocalDate due, Instant submittedAt,
                          boolean submittedLate, Progress progress) {

    /** A stage's status without a count of answers: every stage but the online survey. */
    public StageStatus(String state, Tone tone, boolean waitingForUnit, LocalDate due, Instant submittedAt,
                       boolean submittedLate) {
        this(state, tone, waitingForUnit, due, submittedAt, submittedLate, null);
    }

    /** {@code done} answers of {@code target} expected (the unit's selected households). */
    public record Progress(long done, long target) {

        /** Done over target, 0 to 1 (above 1 is shown as full); 0 without a target. */
        public double rate() {
            return target <= 0 ? 0 : Math.min(1.0, done / (double) target);
        }

        /** The rate in whole percent, rounded down so that 99.6 % never shows as done. */
        public int percent() {
            return target <= 0 ? 0 : (int) Math.min(100, done * 100 / target);
        }
    }

    /** How a state should look: a colour, not a meaning. */
    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, ERROR }

    public boolean overdueOn(LocalDate today) {
        return waitingForUnit && due != null && today.isAfter(due);
    }
}
