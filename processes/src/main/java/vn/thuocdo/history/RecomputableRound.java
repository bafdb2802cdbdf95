package vn.thuocdo.history;

import java.time.Instant;

/**
 * A round of before the 2025 reorganisation held in the system (its units are old provinces, it has responses): whether
 * it is published (only then are its recomputed figures shown), and when its new provinces' SIPAS was last recomputed
 * and for how many (null and 0: never).
 */
public record RecomputableRound(String roundId, int year, String name, boolean published, Instant recomputedAt,
                                int provinces) {
}
