package vn.thuocdo.survey;

import java.time.Instant;

/**
 * One drawn sample of a round. {@code seed}, {@code design} and {@code framesFingerprint} are what anyone needs to
 * draw it again; {@code sampleFingerprint} (SHA-256 of the sample's canonical bytes) is what the redraw must match.
 * Read back, {@code drawnBy} and {@code approvedBy} are people's names (their logins only when no name is known).
 */
public record SampleVersion(String id, String roundId, int version, long seed, String design, String framesFingerprint,
                            String sampleFingerprint, SampleState state, String drawnBy, Instant drawnAt,
                            String approvedBy, Instant approvedAt, String redrawReason) {
}
