package vn.thuocdo.questions;

import vn.thuocdo.shared.Rejected;

/**
 * Where a post is: a question SUBMITTED → ANSWERED → PUBLISHED | REJECTED; feedback SUBMITTED → PUBLISHED | REJECTED.
 * PUBLISHED and REJECTED are final: a published answer is corrected by nobody in place.
 */
public enum PostState {
    SUBMITTED, ANSWERED, PUBLISHED, REJECTED;

    /** Refuses a move the kind's life does not have, before anything is written. */
    public void requireMove(PostKind kind, PostState to) {
        boolean allowed = switch (this) {
            case SUBMITTED -> kind == PostKind.QUESTION ? to == ANSWERED || to == REJECTED
                    : to == PUBLISHED || to == REJECTED;
            case ANSWERED -> to == PUBLISHED || to == REJECTED;
            case PUBLISHED, REJECTED -> false;
        };
        if (!allowed) {
            throw new Rejected("questions.wrongState");
        }
    }
}
