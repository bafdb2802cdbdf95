package vn.thuocdo.audit;

import java.time.Instant;

/**
 * One recorded action. {@code outcome} is {@code OK} or {@code DENIED}; {@code actorName} is the person's full name
 * when it was written (or, for older rows, the name they last signed in with), {@code null} when never known.
 */
public record AuditEvent(long id, Instant at, String actor, String unitId, String action, String target,
                         String outcome, String detail, String actorName) {

    /** The full name when known, else the username. */
    public String who() {
        return actorName == null || actorName.isBlank() ? actor : actorName;
    }
}
