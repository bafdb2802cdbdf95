package vn.thuocdo.survey.response;

import java.time.Instant;

/** A final response is durable: its id and when it was received. */
public record Receipt(String responseId, Instant receivedAt) {
}
