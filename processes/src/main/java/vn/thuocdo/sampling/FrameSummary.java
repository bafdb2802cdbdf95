package vn.thuocdo.sampling;

import java.time.Instant;

/** What a unit's attached frame adds up to, for the officer after an upload and for the coordinator's review. */
public record FrameSummary(String template, long communes, long villages, long households, long population,
                           String attachedBy, Instant attachedAt) {
}
