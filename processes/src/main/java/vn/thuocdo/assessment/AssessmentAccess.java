package vn.thuocdo.assessment;

import org.springframework.stereotype.Component;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;

/**
 * Who may do what with a unit's self-assessment: its own officers score, its own leader signs off, the appraisers
 * the round's coordinator assigned appraise (never of their own unit), the organiser's coordinators read. A refusal
 * names the group that would have allowed it, for the audit trail.
 */
@Component
class AssessmentAccess {

    private final AssessmentStore store;

    AssessmentAccess(AssessmentStore store) {
        this.store = store;
    }

    AssessmentStore.RoundFacts round(String roundId) {
        if (roundId == null || roundId.length() > 36) {
            throw new Rejected("round.notFound");
        }
        return store.round(roundId).orElseThrow(() -> new Rejected("round.notFound"));
    }

    /** One of the unit's own people, in a round the unit takes part in. */
    void requireOwn(Actor actor, Role role, String roundId, String unitId) {
        if (unitId == null || !actor.has(role) || !actor.actsFor(unitId) || !store.participates(roundId, unitId)) {
            throw new AccessDenied(actor.username(), role.groupIn(String.valueOf(unitId)));
        }
    }

    /** An appraiser the coordinator assigned to this unit, and not one of the unit's own. */
    void requireAppraiser(Actor actor, String roundId, String unitId) {
        if (!mayAppraise(actor, roundId, unitId)) {
            throw new AccessDenied(actor.username(), "appraiser-of:" + unitId);
        }
    }

    boolean mayAppraise(Actor actor, String roundId, String unitId) {
        return actor.has(Role.APPRAISER) && unitId != null && !actor.actsFor(unitId)
                && store.assigned(roundId, unitId, actor.username());
    }

    /** The coordinators of the unit that organises the round. */
    void requireCoordinator(Actor actor, AssessmentStore.RoundFacts round) {
        if (!actor.has(Role.MINISTRY_COORDINATOR) || !actor.actsFor(round.organiserUnitId())) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.groupIn(round.organiserUnitId()));
        }
    }

    /** Anyone with a part in this unit's assessment: its officers and leader, its appraisers, the coordinators. */
    void requireReader(Actor actor, AssessmentStore.RoundFacts round, String unitId) {
        boolean own = unitId != null && actor.actsFor(unitId)
                && (actor.has(Role.PROVINCIAL_OFFICER) || actor.has(Role.UNIT_LEADER))
                && store.participates(round.roundId(), unitId);
        boolean coordinates = actor.has(Role.MINISTRY_COORDINATOR) && actor.actsFor(round.organiserUnitId());
        if (!own && !coordinates && !mayAppraise(actor, round.roundId(), unitId)) {
            throw new AccessDenied(actor.username(), "assessment-reader:" + unitId);
        }
    }

    /** The unit's own officers and leader: the self-assessment report. */
    void requireUnitPeople(Actor actor, String roundId, String unitId) {
        if (!ownPeople(actor, roundId, unitId)) {
            throw new AccessDenied(actor.username(), Role.PROVINCIAL_OFFICER.groupIn(String.valueOf(unitId)));
        }
    }

    /**
     * The appraisal report: the unit's people, its appraisers, the organiser's coordinators, and the organiser's
     * council members (who decide on the appraised results); never another unit's officer.
     */
    void requireAppraisalReader(Actor actor, AssessmentStore.RoundFacts round, String unitId) {
        boolean council = actor.has(Role.COUNCIL_MEMBER) && actor.actsFor(round.organiserUnitId());
        boolean coordinates = actor.has(Role.MINISTRY_COORDINATOR) && actor.actsFor(round.organiserUnitId());
        if (!council && !coordinates && !ownPeople(actor, round.roundId(), unitId)
                && !mayAppraise(actor, round.roundId(), unitId)) {
            throw new AccessDenied(actor.username(), "appraisal-report-reader:" + unitId);
        }
    }

    private boolean ownPeople(Actor actor, String roundId, String unitId) {
        return unitId != null && actor.actsFor(unitId)
                && (actor.has(Role.PROVINCIAL_OFFICER) || actor.has(Role.UNIT_LEADER))
                && store.participates(roundId, unitId);
    }
}
