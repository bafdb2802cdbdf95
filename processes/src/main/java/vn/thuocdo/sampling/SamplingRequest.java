package vn.thuocdo.sampling;

import vn.thuocdo.forms.Answers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One unit's answer to a round's sampling request, as it stands now; the answers typed by its form. Read back,
 * {@code submittedBy} and {@code reviewedBy} are people's names (their logins only when no name is known).
 */
public record SamplingRequest(String id, String roundId, String unitId, String form, SamplingState state,
                              LocalDate due, Answers answers, String submittedBy, Instant submittedAt,
                              boolean submittedLate, String reviewedBy, Instant reviewedAt, String reviewReason,
                              int revision) {
}
