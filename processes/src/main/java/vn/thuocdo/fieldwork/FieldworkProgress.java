package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far fieldwork has come, as counts only: for the ministry's coordinators and survey team, and for a
 * province's own officers, who may follow progress but never see an assignment, an enumerator or an answer.
 */
@Service
public class FieldworkProgress {

    private final JdbcTemplate jdbc;
    private final FieldworkRounds rounds;

    FieldworkProgress(JdbcTemplate jdbc, FieldworkRounds rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    /** Every province of the round for the ministry; a province's officers get their own province alone. */
    @Transactional(readOnly = true)
    public List<Progress> byProvince(Actor actor, String roundId) {
        String only = ministry(actor, roundId) ? null : provinceOf(actor, roundId);
        String sampleId = rounds.approvedSample(roundId);
        Map<String, Long> targets = new TreeMap<>();
        jdbc.query("""
                        select unit_id, count(*) from survey_sample_unit where sample_id = ? and stage = 'HOUSEHOLD'
                        and draw_order is not null group by unit_id""",
                rs -> {
                    targets.put(rs.getString(1), rs.getLong(2));
                }, sampleId);
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query("""
                        select b.unit_id, i.state, i.outcome, count(*) from fieldwork_interview i
                        join fieldwork_branch b on b.id = i.branch_id where i.round_id = ?
                        group by b.unit_id, i.state, i.outcome""",
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new Counts()).add(rs.getString(2), rs.getString(3),
                            rs.getLong(4));
                }, roundId);
        List<Progress> progress = new ArrayList<>();
        targets.forEach((unitId, target) -> {
            if (only == null || only.equals(unitId)) {
                Counts c = counts.getOrDefault(unitId, new Counts());
                progress.add(new Progress(unitId, null, null, null, target, c.byState, c.byOutcome));
            }
        });
        return progress;
    }

    /** A province's branches: for the ministry, and for that province's officers. */
    @Transactional(readOnly = true)
    public List<Progress> byBranch(Actor actor, String roundId, String unitId) {
        if (!ministry(actor, roundId) && !provinceOf(actor, roundId).equals(unitId)) {
            throw new AccessDenied(actor.username(), Role.PROVINCIAL_OFFICER.groupIn(String.valueOf(unitId)));
        }
        String sampleId = rounds.approvedSample(roundId);
        Map<Long, Long> targets = new HashMap<>();
        jdbc.query("""
                        select c.branch_id, count(*) from fieldwork_commune c
                        join survey_sample_unit u on u.sample_id = ? and u.unit_id = c.unit_id
                          and u.commune_code = c.commune_code and u.stage = 'HOUSEHOLD' and u.draw_order is not null
                        where c.round_id = ? and c.unit_id = ? group by c.branch_id""",
                rs -> {
                    targets.put(rs.getLong(1), rs.getLong(2));
                }, sampleId, roundId, unitId);
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.query("""
                        select i.branch_id, i.state, i.outcome, count(*) from fieldwork_interview i
                        join fieldwork_branch b on b.id = i.branch_id where i.round_id = ? and b.unit_id = ?
                        group by i.branch_id, i.state, i.outcome""",
                rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new Counts()).add(rs.getString(2), rs.getString(3),
                            rs.getLong(4));
                }, roundId, unitId);
        return jdbc.query("select id, partner, name from fieldwork_branch where round_id = ? and unit_id = ?"
                        + " order by id",
                (rs, n) -> {
                    long id = rs.getLong(1);
                    Counts c = counts.getOrDefault(id, new Counts());
                    return new Progress(unitId, id, Partner.valueOf(rs.getString(2)), rs.getString(3),
                            targets.getOrDefault(id, 0L), c.byState, c.byOutcome);
                }, roundId, unitId);
    }

    private boolean ministry(Actor actor, String roundId) {
        return (actor.has(Role.MINISTRY_COORDINATOR) || actor.has(Role.SURVEY_STATISTICIAN))
                && actor.actsFor(rounds.organiser(roundId));
    }

    /**
     * The province a provincial officer or leader acts for, when it takes part in the round; anyone else, commune
     * officials too, is refused.
     */
    private String provinceOf(Actor actor, String roundId) {
        if ((!actor.has(Role.PROVINCIAL_OFFICER) && !actor.has(Role.UNIT_LEADER)) || jdbc.queryForList(
                "select 1 from round_participant where round_id = ? and unit_id = ?", Integer.class, roundId,
                actor.unitId()).isEmpty()) {
            throw new AccessDenied(actor.username(), Role.PROVINCIAL_OFFICER.key());
        }
        return actor.unitId();
    }

    private static final class Counts {
        final Map<InterviewState, Long> byState = new EnumMap<>(InterviewState.class);
        final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);

        void add(String state, String outcome, long count) {
            byState.merge(InterviewState.valueOf(state), count, Long::sum);
            if (outcome != null) {
                byOutcome.merge(Outcome.valueOf(outcome), count, Long::sum);
            }
        }
    }
}
