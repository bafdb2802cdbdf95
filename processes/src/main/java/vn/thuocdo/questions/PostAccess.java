package vn.thuocdo.questions;

import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

/**
 * Who may do what with citizens' posts: a coordinator of a ministry (the coordinating ministry's staff) answers a
 * question about any unit or none; an officer of a province or ministry, or a province's own coordinator, answers
 * questions about their own unit only; the moderator (kiểm duyệt) publishes or rejects.
 */
final class PostAccess {

    private PostAccess() {
    }

    static boolean answersAny(Actor actor) {
        return actor.has(Role.MINISTRY_COORDINATOR) && actor.unitId().startsWith("BO-");
    }

    static boolean answersForUnit(Actor actor) {
        return actor.has(Role.PROVINCIAL_OFFICER) || actor.has(Role.MINISTRY_COORDINATOR);
    }

    static void requireAnswers(Actor actor, String unitId) {
        if (!answersAny(actor) && !(answersForUnit(actor) && unitId != null && actor.actsFor(unitId))) {
            throw new AccessDenied(actor.username(), "questions:" + (unitId == null ? "-" : unitId));
        }
    }

    static void requireMayAnswerSome(Actor actor) {
        if (!answersAny(actor) && !answersForUnit(actor)) {
            throw new AccessDenied(actor.username(), "questions:answer");
        }
    }

    static void requireModerates(Actor actor) {
        if (!actor.has(Role.CITIZEN_MODERATOR)) {
            throw new AccessDenied(actor.username(), Role.CITIZEN_MODERATOR.groupIn(actor.unitId()));
        }
    }
}
