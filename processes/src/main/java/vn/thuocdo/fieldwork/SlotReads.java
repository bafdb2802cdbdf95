package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The reads behind {@link Interviews#open}: a slot with its place and household, and its village's next spare. */
final class SlotReads {

    private SlotReads() {
    }

    /** A household slot as its enumerator sees it, with where it is; empty when no approved sample has it. */
    record Place(String roundId, String communeName, String villageName, String enumerator, Household household) {
    }

    static Optional<Place> place(JdbcTemplate jdbc, long slotId, String reader) {
        return jdbc.query("""
                        select u.id, s.round_id, u.commune_name, u.village_name, u.draw_order, u.replacement_rank,
                          u.household_position, u.household, u.random_start, u.sampling_interval, a.enumerator,
                          i.state, i.outcome, i.visits,
                          (select count(*) from fieldwork_review_comment c where c.interview_id = i.id
                            and not c.resolved) open_comments
                        from survey_sample_unit u
                        join survey_sample s on s.id = u.sample_id and s.state = 'APPROVED'
                        left join fieldwork_assignment a on a.sample_unit_id = u.id
                        left join fieldwork_interview i on i.sample_unit_id = u.id
                        where u.id = ? and u.stage = 'HOUSEHOLD'""",
                (rs, n) -> new Place(rs.getString("round_id"), rs.getString("commune_name"),
                        rs.getString("village_name"), rs.getString("enumerator"), household(rs, reader)),
                slotId).stream().findFirst();
    }

    /** The replacement slot of the village that a REPLACED outcome must name now: the unused one of lowest rank. */
    static Household nextReplacement(JdbcTemplate jdbc, long selectedSlot) {
        List<Household> next = jdbc.query("""
                        select u.id, u.draw_order, u.replacement_rank, u.household_position, u.household,
                          u.random_start, u.sampling_interval, a.enumerator, null state, null outcome, 0 visits,
                          0 open_comments
                        from survey_sample_unit s
                        join survey_sample_unit u on u.sample_id = s.sample_id and u.unit_id = s.unit_id
                          and u.commune_code = s.commune_code and u.village_name = s.village_name
                          and u.stage = 'HOUSEHOLD' and u.replacement_rank is not null
                        left join fieldwork_assignment a on a.sample_unit_id = u.id
                        where s.id = ? and s.replacement_rank is null
                          and not exists (select 1 from fieldwork_interview i where i.replaced_by = u.id)
                        order by u.replacement_rank fetch first 1 rows only""",
                (rs, n) -> household(rs, null), selectedSlot);
        return next.isEmpty() ? null : next.get(0);
    }

    private static Household household(ResultSet rs, String reader) throws SQLException {
        String state = rs.getString("state");
        String outcome = rs.getString("outcome");
        return new Household(rs.getLong("id"), rs.getObject("draw_order", Integer.class),
                rs.getObject("replacement_rank", Integer.class), rs.getObject("household_position", Long.class),
                rs.getString("household"), rs.getObject("random_start", Double.class),
                rs.getObject("sampling_interval", Double.class),
                state == null ? null : InterviewState.valueOf(state), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getInt("visits"), reader != null && reader.equals(rs.getString("enumerator")),
                rs.getInt("open_comments"));
    }
}
