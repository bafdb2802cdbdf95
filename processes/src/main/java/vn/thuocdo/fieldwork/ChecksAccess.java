package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.List;

/**
 * Whose checks a person reads: a supervisor their branch's, in the rounds they supervise; the organiser's
 * coordinators and survey statisticians a whole round. Officials of provinces and communes hold none of these.
 */
@Component
class ChecksAccess {

    private final JdbcTemplate jdbc;
    private final FieldworkRounds rounds;

    ChecksAccess(JdbcTemplate jdbc, FieldworkRounds rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    /** The rounds a supervisor supervises a branch in, newest first. */
    List<FieldworkRound> supervised(Actor actor) {
        if (!actor.has(Role.FIELDWORK_SUPERVISOR)) {
            return List.of();
        }
        return jdbc.query("""
                        select r.id, r.round_year, r.name from evaluation_round r
                        join fieldwork_branch b on b.round_id = r.id
                        join fieldwork_member m on m.branch_id = b.id
                        where m.username = ? and m.role = 'SUPERVISOR'
                        order by r.round_year desc, r.name""",
                (rs, n) -> new FieldworkRound(rs.getString(1), rs.getInt(2), rs.getString(3)), actor.username());
    }

    /** The rounds with fieldwork that the ministry person's unit organises, newest first. */
    List<FieldworkRound> organised(Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR) && !actor.has(Role.SURVEY_STATISTICIAN)) {
            return List.of();
        }
        return jdbc.query("""
                        select r.id, r.round_year, r.name from evaluation_round r where r.organiser_unit_id = ?
                        and exists (select 1 from fieldwork_branch b where b.round_id = r.id)
                        order by r.round_year desc, r.name""",
                (rs, n) -> new FieldworkRound(rs.getString(1), rs.getInt(2), rs.getString(3)), actor.unitId());
    }

    /** A coordinator or survey statistician of the round's organiser. */
    boolean ministry(Actor actor, String roundId) {
        return (actor.has(Role.MINISTRY_COORDINATOR) || actor.has(Role.SURVEY_STATISTICIAN))
                && actor.actsFor(rounds.organiser(roundId));
    }
}
