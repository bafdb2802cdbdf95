package vn.thuocdo.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.List;

/**
 * Who may touch a unit's evidence in a round. Contributors - the unit's own provincial officers and leader, the unit
 * taking part in the round - read, attach and withdraw. Readers besides them: the coordinators of the unit that
 * organises the round, and whoever an {@link EvidenceReaders} bean allows (appraisers, council members). Anyone else
 * is refused before anything about the files is looked up.
 */
@Component
class EvidenceAccess {

    private final JdbcClient db;
    private final List<EvidenceReaders> readers;

    EvidenceAccess(JdbcClient db, List<EvidenceReaders> readers) {
        this.db = db;
        this.readers = List.copyOf(readers);
    }

    void requireContributor(Actor actor, String roundId, String unitId) {
        if (!contributes(actor, roundId, unitId)) {
            throw new AccessDenied(actor.username(), Role.PROVINCIAL_OFFICER.groupIn(String.valueOf(unitId)));
        }
    }

    void requireReader(Actor actor, String roundId, String unitId) {
        if (contributes(actor, roundId, unitId) || coordinates(actor, roundId)
                || readers.stream().anyMatch(r -> r.mayRead(actor, roundId, unitId))) {
            return;
        }
        throw new AccessDenied(actor.username(), "evidence-reader:" + unitId);
    }

    /** Whether the actor may attach and withdraw: the screen hides those actions otherwise. */
    boolean contributes(Actor actor, String roundId, String unitId) {
        if (unitId == null || roundId == null || !actor.actsFor(unitId)
                || !(actor.has(Role.PROVINCIAL_OFFICER) || actor.has(Role.UNIT_LEADER))) {
            return false;
        }
        return db.sql("select count(*) from round_participant where round_id = ? and unit_id = ?")
                .params(roundId, unitId).query(Integer.class).single() > 0;
    }

    private boolean coordinates(Actor actor, String roundId) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            return false;
        }
        return db.sql("select count(*) from evaluation_round where id = ? and organiser_unit_id = ?")
                .params(roundId, actor.unitId()).query(Integer.class).single() > 0;
    }
}
