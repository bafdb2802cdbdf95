package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thuocdo.forms.Text;
import vn.thuocdo.shared.Rejected;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Quality flags as rows: one per interview and rule; a decision is taken once, on a flag still OPEN. */
@Repository
class FlagStore {

    static final int MAX_LIST = 500;
    private static final String SELECT = """
            select f.*, m.display_name, u.commune_name, u.village_name, i.state interview_state
            from fieldwork_quality_flag f
            join fieldwork_interview i on i.id = f.interview_id
            join survey_sample_unit u on u.id = i.sample_unit_id
            left join fieldwork_member m on m.branch_id = f.branch_id and m.username = f.enumerator
            """;

    private final JdbcTemplate jdbc;

    FlagStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** "{interview id}|{rule}" of every flag already raised on the enumerator's interviews of the round. */
    Set<String> raisedOn(String roundId, String enumerator) {
        return new HashSet<>(jdbc.queryForList("""
                        select f.interview_id || '|' || f.rule from fieldwork_quality_flag f
                        join fieldwork_interview i on i.id = f.interview_id
                        where i.round_id = ? and i.enumerator = ?""", String.class, roundId, enumerator));
    }

    void insert(Interview on, String rule, FlagDetail detail, Instant now) {
        jdbc.update("""
                        insert into fieldwork_quality_flag (interview_id, round_id, branch_id, enumerator, rule, detail,
                        raised_at, state) values (?, ?, ?, ?, ?, ?, ?, 'OPEN')""", on.id(), on.roundId(),
                on.branchId(), on.enumerator(), rule, detail.json(), Timestamp.from(now));
    }

    /** A branch's flags, open ones first then newest, bounded: a supervisor works through them from the top. */
    List<FlagItem> ofBranch(long branchId, String except, boolean openOnly, Function<String, Text> labels) {
        return jdbc.query(SELECT + """
                        where f.branch_id = ? and f.enumerator <> ? %s
                        order by case when f.state = 'OPEN' then 0 else 1 end, f.raised_at desc, f.id desc
                        fetch first %d rows only""".formatted(openOnly ? "and f.state = 'OPEN'" : "", MAX_LIST),
                (rs, n) -> item(rs, labels), branchId, except);
    }

    FlagItem find(long id, Function<String, Text> labels) {
        return jdbc.query(SELECT + " where f.id = ?", (rs, n) -> item(rs, labels), id).stream().findFirst()
                .orElseThrow(() -> new Rejected("fwchk.flagNotFound"));
    }

    /** Records the decision on a flag still OPEN; false when someone decided it meanwhile. */
    boolean decide(long id, FlagState to, String by, String reason, Instant now) {
        return jdbc.update("""
                        update fieldwork_quality_flag set state = ?, decided_by = ?, decided_at = ?, reason = ?
                        where id = ? and state = 'OPEN'""", to.name(), by, Timestamp.from(now), reason, id) == 1;
    }

    private static FlagItem item(ResultSet rs, Function<String, Text> labels) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        String rule = rs.getString("rule");
        return new FlagItem(rs.getLong("id"), rs.getString("interview_id"), rs.getString("round_id"),
                rs.getLong("branch_id"), rs.getString("enumerator"), rs.getString("display_name"),
                rs.getString("commune_name"), rs.getString("village_name"), rule, labels.apply(rule),
                FlagDetail.read(rs.getString("detail")), rs.getTimestamp("raised_at").toInstant(),
                FlagState.valueOf(rs.getString("state")), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("reason"),
                InterviewState.valueOf(rs.getString("interview_state")));
    }
}
