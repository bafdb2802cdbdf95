package vn.thuocdo.questions;

/** What a citizen sent: a question (hỏi - đáp), which staff answer, or feedback (góp ý), which is only moderated. */
public enum PostKind {
    QUESTION, FEEDBACK
}
