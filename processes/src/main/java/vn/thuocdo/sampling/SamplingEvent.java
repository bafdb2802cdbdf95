package vn.thuocdo.sampling;

import java.time.Instant;

/** One step in a sampling request's history: who submitted, approved or returned it, when and why. */
public record SamplingEvent(Instant at, String actor, String action, String reason) {
}
