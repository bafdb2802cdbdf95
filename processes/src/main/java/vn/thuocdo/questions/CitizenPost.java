package vn.thuocdo.questions;

import java.time.Instant;

/**
 * A question or a piece of feedback as staff see it. {@code unitName} is the unit's name in the register (null when
 * it is about no unit); {@code askerEmail} is for the reply notice only and is never put on a public page.
 */
public record CitizenPost(String id, PostKind kind, PostState state, String askerName, String askerEmail,
                          String unitId, String unitName, String body, String answer, String answeredByName,
                          Instant answeredAt, Instant submittedAt, Instant publishedAt) {
}
