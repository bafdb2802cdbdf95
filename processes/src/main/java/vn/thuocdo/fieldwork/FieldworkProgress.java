package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.TimeZones;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far fieldwork has come, as counts only: for the ministry's coordinators and survey team, and for a
 * province's own officers, who may follow progress but never see an assignment, an enumerator or an answer. Each
 * figure is one grouped query; no answer is ever read.
 */
@Service
public class FieldworkProgress {

    /**
     * The day an interview counts for: when it ended on the device, in Vietnam; without paradata (paper, a visit
     * with no interview), or with a device clock ahead of the server, the day the server first stored it.
     */
    private static final String DAY = "cast((case when i.ended_at is not null and i.ended_at <= i.updated_at"
            + " then i.ended_at else i.created_at end) at time zone '" + TimeZones.VIETNAM.getId() + "' as date)";

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
        Map<String, String> names = new HashMap<>();
        jdbc.query("""
                        select u.unit_id, n.name, count(*) from survey_sample_unit u join unit n on n.id = u.unit_id
                        where u.sample_id = ? and u.stage = 'HOUSEHOLD' and u.draw_order is not null
                        group by u.unit_id, n.name""",
                rs -> {
                    targets.put(rs.getString(1), rs.getLong(3));
                    names.put(rs.getString(1), rs.getString(2));
                }, sampleId);
        Map<String, Counts> counts = counts("b.unit_id", String.class, roundId, only);
        List<Progress> progress = new ArrayList<>();
        targets.forEach((unitId, target) -> {
            if (only == null || only.equals(unitId)) {
                Counts c = counts.getOrDefault(unitId, new Counts());
                progress.add(new Progress(unitId, names.get(unitId), null, null, null, target, c.byState,
                        c.byOutcome, c.flagged, c.rejected));
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
        return branches(roundId, unitId);
    }

    /** Every branch of the round, province by province: the ministry's view of its partners. */
    @Transactional(readOnly = true)
    public List<Progress> byBranch(Actor actor, String roundId) {
        if (!ministry(actor, roundId)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.groupIn(rounds.organiser(roundId)));
        }
        return branches(roundId, null);
    }

    /**
     * Interviews per day and in total up to each day, for the whole round (the ministry) or one province (the
     * ministry and that province's officers); days without an interview are left out.
     */
    @Transactional(readOnly = true)
    public List<DailyProgress> daily(Actor actor, String roundId, String unitId) {
        if (unitId == null ? !ministry(actor, roundId)
                : !ministry(actor, roundId) && !provinceOf(actor, roundId).equals(unitId)) {
            throw new AccessDenied(actor.username(), Role.PROVINCIAL_OFFICER.groupIn(String.valueOf(unitId)));
        }
        List<Object> args = new ArrayList<>(List.of(roundId));
        String unit = "";
        if (unitId != null) {
            unit = " and b.unit_id = ?";
            args.add(unitId);
        }
        long[] total = {0};
        return jdbc.query("select d, count(*) from (select " + DAY + " d from fieldwork_interview i"
                        + " join fieldwork_branch b on b.id = i.branch_id where i.round_id = ?"
                        + " and i.state <> 'DRAFT' and i.outcome = 'INTERVIEWED'" + unit + ") x group by d order by d",
                (rs, n) -> {
                    long count = rs.getLong(2);
                    total[0] += count;
                    return new DailyProgress(rs.getDate(1).toLocalDate(), count, total[0]);
                }, args.toArray());
    }

    private List<Progress> branches(String roundId, String unitId) {
        String sampleId = rounds.approvedSample(roundId);
        String unit = unitId == null ? "" : " and c.unit_id = ?";
        List<Object> args = new ArrayList<>(List.of(sampleId, roundId));
        if (unitId != null) {
            args.add(unitId);
        }
        Map<Long, Long> targets = new HashMap<>();
        jdbc.query("""
                        select c.branch_id, count(*) from fieldwork_commune c
                        join survey_sample_unit u on u.sample_id = ? and u.unit_id = c.unit_id
                          and u.commune_code = c.commune_code and u.stage = 'HOUSEHOLD' and u.draw_order is not null
                        where c.round_id = ?""" + unit + " group by c.branch_id",
                rs -> {
                    targets.put(rs.getLong(1), rs.getLong(2));
                }, args.toArray());
        Map<Long, Counts> counts = counts("i.branch_id", Long.class, roundId, unitId);
        return jdbc.query("select b.id, b.unit_id, n.name, b.partner, b.name from fieldwork_branch b"
                        + " join unit n on n.id = b.unit_id where b.round_id = ?"
                        + (unitId == null ? "" : " and b.unit_id = ?") + " order by b.unit_id, b.id",
                (rs, n) -> {
                    long id = rs.getLong(1);
                    Counts c = counts.getOrDefault(id, new Counts());
                    return new Progress(rs.getString(2), rs.getString(3), id, Partner.valueOf(rs.getString(4)),
                            rs.getString(5), targets.getOrDefault(id, 0L), c.byState, c.byOutcome, c.flagged,
                            c.rejected);
                }, unitId == null ? new Object[]{roundId} : new Object[]{roundId, unitId});
    }

    /**
     * The counts grouped by {@code key} (the province, {@code b.unit_id}, or the branch, {@code i.branch_id}):
     * visits by state and outcome, interviews flagged by a quality rule, visits ever sent back. Three queries.
     */
    private <K> Map<K, Counts> counts(String key, Class<K> type, String roundId, String unitId) {
        String unit = unitId == null ? "" : " and b.unit_id = ?";
        Object[] args = unitId == null ? new Object[]{roundId} : new Object[]{roundId, unitId};
        Map<K, Counts> counts = new HashMap<>();
        jdbc.query("select " + key + ", i.state, i.outcome, count(*) from fieldwork_interview i"
                        + " join fieldwork_branch b on b.id = i.branch_id where i.round_id = ?" + unit
                        + " group by " + key + ", i.state, i.outcome",
                rs -> {
                    counts.computeIfAbsent(rs.getObject(1, type), k -> new Counts())
                            .add(rs.getString(2), rs.getString(3), rs.getLong(4));
                }, args);
        // A flag on a draft or an outcome is not counted: only interviews are judged.
        jdbc.query("select " + key + ", count(distinct i.id) from fieldwork_quality_flag f"
                        + " join fieldwork_interview i on i.id = f.interview_id"
                        + " join fieldwork_branch b on b.id = i.branch_id where i.round_id = ?"
                        + " and i.state <> 'DRAFT' and i.outcome = 'INTERVIEWED'" + unit + " group by " + key,
                rs -> {
                    counts.computeIfAbsent(rs.getObject(1, type), k -> new Counts()).flagged =
                            rs.getLong(2);
                }, args);
        jdbc.query("select " + key + ", count(distinct i.id) from fieldwork_event e"
                        + " join fieldwork_interview i on i.id = e.interview_id"
                        + " join fieldwork_branch b on b.id = i.branch_id where i.round_id = ? and e.kind = 'REJECTED'"
                        + unit + " group by " + key,
                rs -> {
                    counts.computeIfAbsent(rs.getObject(1, type), k -> new Counts()).rejected =
                            rs.getLong(2);
                }, args);
        return counts;
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
        long flagged;
        long rejected;

        void add(String state, String outcome, long count) {
            byState.merge(InterviewState.valueOf(state), count, Long::sum);
            if (outcome != null) {
                byOutcome.merge(Outcome.valueOf(outcome), count, Long::sum);
            }
        }
    }
}
