package vn.thuocdo.audit;

import java.time.Instant;

/** One recorded action. {@code outcome} is {@code OK} or {@code DENIED}/{@code REFUSED}. */
public record AuditEvent(long id, Instant at, String actor, String unitId, String action, String target,
                         String outcome, String detail) {
}
