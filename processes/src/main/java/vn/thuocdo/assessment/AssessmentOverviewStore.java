package vn.thuocdo.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A round's self-assessments at a glance, for the coordinator's assignment page and the dashboard, in plain SQL. */
@Repository
class AssessmentOverviewStore {

    /** One unit's self-assessment: its state, the dashboard's finer steps and how many values are scored. */
    record Row(String unitId, String scorecardId, AssessmentState state, Instant handedToLeaderAt, Instant reopenedAt,
               Instant submittedAt, LocalDate explanationDue, int scored) {
    }

    record Assignment(String unitId, String appraiser, String name, boolean scored) {
    }

    private final JdbcClient db;

    AssessmentOverviewStore(JdbcClient db) {
        this.db = db;
    }

    List<String> participants(String roundId) {
        return db.sql("select unit_id from round_participant where round_id = ? order by unit_id").param(roundId)
                .query(String.class).list();
    }

    List<Row> rows(String roundId) {
        return db.sql("""
                        select a.unit_id, a.scorecard_id, a.state, a.handed_to_leader_at, a.reopened_at, a.submitted_at,
                               a.explanation_due,
                               (select count(*) from self_assessment_value v where v.round_id = a.round_id
                                 and v.unit_id = a.unit_id and v.points is not null)
                        from self_assessment a where a.round_id = ?""")
                .param(roundId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), AssessmentState.valueOf(rs.getString(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        rs.getObject(7, LocalDate.class), rs.getInt(8)))
                .list();
    }

    /** Every assignment of the round, with whether the appraiser has already set a value of that unit. */
    List<Assignment> assignments(String roundId) {
        return db.sql("""
                        select s.unit_id, s.appraiser, s.appraiser_name,
                               exists (select 1 from self_assessment_history h where h.round_id = s.round_id
                                 and h.unit_id = s.unit_id and h.by_user = s.appraiser and h.kind in ('APPRAISED', 'FINAL'))
                        from appraisal_assignment s where s.round_id = ? order by s.unit_id, s.appraiser_name""")
                .param(roundId)
                .query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
