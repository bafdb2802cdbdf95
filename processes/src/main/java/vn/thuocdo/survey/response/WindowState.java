package vn.thuocdo.survey.response;

import java.time.Instant;

/** When a round's online survey takes answers: from its opening until its deadline, unless closed early. */
public record WindowState(String roundId, String sampleId, Instant openedAt, Instant closesAt, Instant closedAt) {

    public boolean openAt(Instant now) {
        return closedAt == null && !now.isBefore(openedAt) && now.isBefore(closesAt);
    }
}
