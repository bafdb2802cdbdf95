package vn.thuocdo.fieldwork;

import java.time.Instant;

/** A reviewer's comment on one question ({@code questionId}) or the whole interview (null). */
public record ReviewComment(long id, String interviewId, String questionId, String body, String author,
                            Instant createdAt, boolean resolved) {

    /** A comment as a reviewer writes it. */
    public record New(String questionId, String body) {
    }
}
