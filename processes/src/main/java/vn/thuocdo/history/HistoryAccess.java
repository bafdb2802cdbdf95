package vn.thuocdo.history;

import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

/**
 * Who may do what: the national results and every unit's targets are the coordinating ministry's (a coordinator in
 * a ministry); anyone else sees their own unit's series and targets only.
 */
final class HistoryAccess {

    private HistoryAccess() {
    }

    static boolean national(Actor actor) {
        return actor.has(Role.MINISTRY_COORDINATOR) && actor.unitId().startsWith("BO-");
    }

    static void requireNational(Actor actor) {
        if (!national(actor)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.groupIn("BO-BNV"));
        }
    }

    static void requireSees(Actor actor, String unitId) {
        if (!national(actor) && !actor.actsFor(unitId)) {
            throw new AccessDenied(actor.username(), "history:" + unitId);
        }
    }
}
