package vn.thuocdo.survey.response;

import java.time.Instant;
import java.util.Map;

/** One response in a partner's batch: its own id (a UUID the sender made, so a resend is recognised). */
public record BatchItem(String id, String code, Map<String, ?> answers, Instant startedAt) {
}
