package vn.thuocdo.round;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one unit stands in one stage of a round. {@code state} is the stage's own word (a message key suffix,
 * e.g. {@code SUBMITTED}); {@code waitingForUnit} says the unit must act, which makes it overdue past {@code due}.
 */
public record StageStatus(String state, Tone tone, boolean waitingForUnit, LocalDate due, Instant submittedAt,
                          boolean submittedLate) {

    /** How a state should look: a colour, not a meaning. */
    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, ERROR }

    public boolean overdueOn(LocalDate today) {
        return waitingForUnit && due != null && today.isAfter(due);
    }
}
