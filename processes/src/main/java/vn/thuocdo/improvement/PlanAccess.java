package vn.thuocdo.improvement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

/**
 * Who may do what with a unit's plan: its own officers draft, its own leader signs off or returns, both read; the
 * coordinators of the unit that organised the round read every unit's; an appraiser assigned to the unit in a later
 * round reads its plans (last year's plan beside the new results). A refusal names the group that would have allowed
 * it, for the audit trail (written once, centrally, where the refusal leaves the capability).
 */
@Component
class PlanAccess {

    private final JdbcClient db;

    PlanAccess(JdbcClient db) {
        this.db = db;
    }

    void requireOwn(Actor actor, Role role, String unitId) {
        if (!actor.has(role) || !actor.actsFor(unitId)) {
            throw new AccessDenied(actor.username(), role.groupIn(unitId));
        }
    }

    void requireCoordinator(Actor actor, String organiserUnitId) {
        if (!actor.has(Role.MINISTRY_COORDINATOR) || !actor.actsFor(organiserUnitId)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.groupIn(organiserUnitId));
        }
    }

    /** The unit's own officers and leader, or the coordinators of the round's organiser. */
    void requireReader(Actor actor, String unitId, String organiserUnitId) {
        if (!ownPeople(actor, unitId) && !coordinates(actor, organiserUnitId)) {
            throw new AccessDenied(actor.username(), "improvement-plan-reader:" + unitId);
        }
    }

    /**
     * Last year's plan beside this round's work: the unit's people, the coordinators of this round's organiser, or an
     * appraiser assigned to the unit in this round.
     */
    void requirePreviousReader(Actor actor, String roundId, String unitId) {
        String organiser = db.sql("select organiser_unit_id from evaluation_round where id = ?").param(roundId)
                .query(String.class).optional().orElse(null);
        boolean appraises = actor.has(Role.APPRAISER) && !actor.actsFor(unitId)
                && db.sql("select count(*) from appraisal_assignment where round_id = ? and unit_id = ? and appraiser = ?")
                .params(roundId, unitId, actor.username()).query(Integer.class).single() > 0;
        if (!ownPeople(actor, unitId) && !(organiser != null && coordinates(actor, organiser)) && !appraises) {
            throw new AccessDenied(actor.username(), "improvement-plan-reader:" + unitId);
        }
    }

    private static boolean ownPeople(Actor actor, String unitId) {
        return unitId != null && actor.actsFor(unitId)
                && (actor.has(Role.PROVINCIAL_OFFICER) || actor.has(Role.UNIT_LEADER));
    }

    private static boolean coordinates(Actor actor, String organiserUnitId) {
        return actor.has(Role.MINISTRY_COORDINATOR) && actor.actsFor(organiserUnitId);
    }
}
