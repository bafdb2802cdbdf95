package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.Optional;

/**
 * Who may do what in fieldwork. The role says what kind of person someone is; the branch membership says where:
 * a supervisor's role holds only in the branch they are a supervisor of. Officials of provinces and communes hold
 * neither, so they never reach an assignment, an enumerator or an answer (non-interference).
 */
@Component
class FieldworkAccess {

    private final JdbcTemplate jdbc;

    FieldworkAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's place in a round's fieldwork. */
    record Membership(long branchId, String unitId, TeamRole role) {
    }

    Optional<Membership> in(String roundId, String username) {
        return jdbc.query("""
                        select m.branch_id, b.unit_id, m.role from fieldwork_member m
                        join fieldwork_branch b on b.id = m.branch_id where b.round_id = ? and m.username = ?""",
                (rs, n) -> new Membership(rs.getLong(1), rs.getString(2), TeamRole.valueOf(rs.getString(3))),
                roundId, username).stream().findFirst();
    }

    /** Someone who may visit households: an enumerator, or a supervisor who also interviews. */
    static void requireFieldworker(Actor actor) {
        if (!actor.has(Role.ENUMERATOR) && !actor.has(Role.FIELDWORK_SUPERVISOR)) {
            throw new AccessDenied(actor.username(), Role.ENUMERATOR.key());
        }
    }

    /** Someone who supervises fieldwork somewhere: checked before anything about the request is looked up. */
    static void requireSupervisorRole(Actor actor) {
        if (!actor.has(Role.FIELDWORK_SUPERVISOR)) {
            throw new AccessDenied(actor.username(), Role.FIELDWORK_SUPERVISOR.key());
        }
    }

    /** A supervisor of this very branch; any other person, supervisors of other branches too, is refused. */
    void requireSupervisor(Actor actor, String roundId, long branchId) {
        boolean supervises = actor.has(Role.FIELDWORK_SUPERVISOR) && in(roundId, actor.username())
                .filter(m -> m.branchId() == branchId && m.role() == TeamRole.SUPERVISOR).isPresent();
        if (!supervises) {
            throw new AccessDenied(actor.username(), Role.FIELDWORK_SUPERVISOR.key() + ":branch-" + branchId);
        }
    }

    /** The supervisor's own branch in the round. */
    long supervisedBranch(Actor actor, String roundId) {
        return in(roundId, actor.username()).filter(m -> actor.has(Role.FIELDWORK_SUPERVISOR)
                        && m.role() == TeamRole.SUPERVISOR).map(Membership::branchId)
                .orElseThrow(() -> new AccessDenied(actor.username(), Role.FIELDWORK_SUPERVISOR.key()));
    }
}
