package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quality of each enumerator's work in a round, as counts: for the branch's supervisor their branch, for the
 * organiser's coordinators and survey statisticians the whole round. Officials of provinces and communes are
 * refused: these are enumerators by name.
 */
@Service
public class QualityReports {

    private final JdbcTemplate jdbc;
    private final FieldworkAccess access;
    private final ChecksAccess checks;
    private final RoundChecks rounds;

    QualityReports(JdbcTemplate jdbc, FieldworkAccess access, ChecksAccess checks, RoundChecks rounds) {
        this.jdbc = jdbc;
        this.access = access;
        this.checks = checks;
        this.rounds = rounds;
    }

    /** The rounds the person may read a report of: those they supervise in, or their unit organises. */
    @Transactional(readOnly = true)
    public List<FieldworkRound> rounds(Actor actor) {
        List<FieldworkRound> all = new ArrayList<>(checks.organised(actor));
        checks.supervised(actor).stream().filter(r -> all.stream().noneMatch(a -> a.id().equals(r.id())))
                .forEach(all::add);
        return all;
    }

    @Transactional(readOnly = true)
    public ChecksReport byEnumerator(Actor actor, String roundId) {
        Long branch = null;
        if (!checks.ministry(actor, roundId)) {
            if (!actor.has(Role.FIELDWORK_SUPERVISOR)) {
                throw new AccessDenied(actor.username(), Role.SURVEY_STATISTICIAN.key());
            }
            branch = access.supervisedBranch(actor, roundId);
        }
        String where = branch == null ? "" : " and x.branch_id = " + branch;
        Map<String, Tally> tallies = new TreeMap<>();
        jdbc.query("""
                        select x.enumerator, x.branch_id, m.display_name, b.name, count(*) from fieldwork_interview x
                        join fieldwork_branch b on b.id = x.branch_id
                        left join fieldwork_member m on m.branch_id = x.branch_id and m.username = x.enumerator
                        where x.round_id = ? and x.outcome = 'INTERVIEWED' and x.state <> 'DRAFT'%s
                        group by x.enumerator, x.branch_id, m.display_name, b.name""".formatted(where), rs -> {
            tally(tallies, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)).interviews = rs.getInt(5);
        }, roundId);
        jdbc.query("""
                        select x.enumerator, x.branch_id, m.display_name, b.name, x.rule, x.state, count(*)
                        from fieldwork_quality_flag x join fieldwork_branch b on b.id = x.branch_id
                        left join fieldwork_member m on m.branch_id = x.branch_id and m.username = x.enumerator
                        where x.round_id = ?%s
                        group by x.enumerator, x.branch_id, m.display_name, b.name, x.rule, x.state"""
                .formatted(where), rs -> {
            Tally t = tally(tallies, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4));
            int count = rs.getInt(7);
            t.byRule.merge(rs.getString(5), count, Integer::sum);
            switch (FlagState.valueOf(rs.getString(6))) {
                case OPEN -> t.open += count;
                case CLEARED -> t.cleared += count;
                case UPHELD -> t.upheld += count;
            }
        }, roundId);
        jdbc.query("""
                        select x.enumerator, count(distinct x.interview_id) from fieldwork_quality_flag x
                        where x.round_id = ?%s group by x.enumerator""".formatted(where), rs -> {
            Tally t = tallies.get(rs.getString(1));
            if (t != null) {
                t.flagged = rs.getInt(2);
            }
        }, roundId);
        jdbc.query("""
                        select x.enumerator, x.branch_id, m.display_name, b.name, x.outcome, count(*)
                        from fieldwork_callback x join fieldwork_branch b on b.id = x.branch_id
                        left join fieldwork_member m on m.branch_id = x.branch_id and m.username = x.enumerator
                        where x.round_id = ?%s
                        group by x.enumerator, x.branch_id, m.display_name, b.name, x.outcome""".formatted(where),
                rs -> {
                    Tally t = tally(tallies, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4));
                    int count = rs.getInt(6);
                    t.callBacks += count;
                    String outcome = rs.getString(5);
                    if (outcome != null) {
                        switch (CallBackOutcome.valueOf(outcome)) {
                            case CONFIRMED -> t.confirmed += count;
                            case MISMATCH -> t.mismatched += count;
                            case UNREACHABLE -> t.unreachable += count;
                        }
                    }
                }, roundId);
        List<EnumeratorChecks> rows = new ArrayList<>();
        tallies.forEach((who, t) -> rows.add(new EnumeratorChecks(who, t.name, t.branchId, t.branchName,
                t.interviews, t.flagged, t.byRule, t.open, t.cleared, t.upheld, t.callBacks, t.confirmed,
                t.mismatched, t.unreachable)));
        return new ChecksReport(rules(roundId), rows);
    }

    private List<ChecksReport.Rule> rules(String roundId) {
        var labels = rounds.labels(roundId);
        List<ChecksReport.Rule> rules = new ArrayList<>();
        rounds.ruleIds(roundId).forEach(id -> rules.add(new ChecksReport.Rule(id, labels.apply(id))));
        rules.add(new ChecksReport.Rule(FlagItem.CALL_BACK, null));
        return rules;
    }

    private static Tally tally(Map<String, Tally> tallies, String enumerator, long branchId, String name,
                               String branchName) {
        return tallies.computeIfAbsent(enumerator, e -> new Tally(branchId, name == null ? e : name, branchName));
    }

    private static final class Tally {
        final long branchId;
        final String name;
        final String branchName;
        final Map<String, Integer> byRule = new LinkedHashMap<>();
        int interviews;
        int flagged;
        int open;
        int cleared;
        int upheld;
        int callBacks;
        int confirmed;
        int mismatched;
        int unreachable;

        Tally(long branchId, String name, String branchName) {
            this.branchId = branchId;
            this.name = name;
            this.branchName = branchName;
        }
    }
}
