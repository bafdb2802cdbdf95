package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.shared.Rejected;

/** A household slot of a round's approved sample with everything fieldwork decides on, read in one query. */
@Component
class Slots {

    private final JdbcTemplate jdbc;

    Slots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code branchId}: the branch its commune is given to; {@code inUse}: a replacement slot some interview named
     * (REPLACED), the only way a replacement becomes work; {@code enumerator}, {@code interviewId} and
     * {@code interviewState} when assigned and visited.
     */
    record Slot(long id, String roundId, String sampleId, String unitId, String communeCode, String villageName,
                boolean replacement, boolean inUse, Long branchId, String enumerator, String interviewId,
                InterviewState interviewState) {
    }

    /** The slot, refused when it is no household slot of an approved sample. */
    Slot find(long slotId) {
        return jdbc.query("""
                        select u.id, s.round_id, u.sample_id, u.unit_id, u.commune_code, u.village_name,
                          u.replacement_rank, c.branch_id, a.enumerator, i.id interview_id, i.state,
                          (select count(*) from fieldwork_interview r where r.replaced_by = u.id) named
                        from survey_sample_unit u
                        join survey_sample s on s.id = u.sample_id and s.state = 'APPROVED'
                        left join fieldwork_commune c on c.round_id = s.round_id and c.unit_id = u.unit_id
                          and c.commune_code = u.commune_code
                        left join fieldwork_assignment a on a.sample_unit_id = u.id
                        left join fieldwork_interview i on i.sample_unit_id = u.id
                        where u.id = ? and u.stage = 'HOUSEHOLD'""",
                (rs, n) -> new Slot(rs.getLong("id"), rs.getString("round_id"), rs.getString("sample_id"),
                        rs.getString("unit_id"), rs.getString("commune_code"), rs.getString("village_name"),
                        rs.getObject("replacement_rank") != null, rs.getLong("named") > 0,
                        rs.getObject("branch_id", Long.class), rs.getString("enumerator"),
                        rs.getString("interview_id"),
                        rs.getString("state") == null ? null : InterviewState.valueOf(rs.getString("state"))),
                slotId).stream().findFirst().orElseThrow(() -> new Rejected("fieldwork.slotNotFound"));
    }
}
