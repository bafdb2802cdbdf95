package vn.thuocdo.questions;

import java.time.Instant;

/**
 * A post as the public site shows it: nothing of the sender but the name they chose to give, never their e-mail.
 * {@code answer} is null for feedback.
 */
public record PublishedPost(String id, PostKind kind, String askerName, String unitName, String body, String answer,
                            Instant submittedAt, Instant publishedAt) {
}
