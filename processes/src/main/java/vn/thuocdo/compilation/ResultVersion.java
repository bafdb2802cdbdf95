package vn.thuocdo.compilation;

import java.time.Instant;

/**
 * One computation of a round's indices. {@code reason} is null for the first, automatic one; {@code unweighted}
 * counts accepted responses left out because no design weight could be found for them.
 */
public record ResultVersion(String id, String roundId, int number, String reason, String computedBy,
                            String computedByName, Instant computedAt, VersionState state, String indexDefinition,
                            String scorecards, int responses, int unweighted) {
}
