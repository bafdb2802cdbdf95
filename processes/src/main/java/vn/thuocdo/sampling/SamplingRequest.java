package vn.thuocdo.sampling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One unit's answer to a round's sampling request, as it stands now. */
public record SamplingRequest(String id, String roundId, String unitId, String form, SamplingState state,
                              LocalDate due, Map<String, String> answers, String submittedBy, Instant submittedAt,
                              boolean submittedLate, String reviewedBy, Instant reviewedAt, String reviewReason,
                              int revision) {
}
