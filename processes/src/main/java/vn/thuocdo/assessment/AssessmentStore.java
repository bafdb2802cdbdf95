package vn.thuocdo.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Self-assessments, their values, history and appraisers, in plain SQL. */
@Repository
class AssessmentStore {

    /** What the self-assessment needs of its round: the year, the organiser, whether the unit takes part. */
    record RoundFacts(String roundId, int year, String organiserUnitId) {
    }

    record Header(String scorecardId, AssessmentState state, String signedOffBy, String signedOffByName,
                  Instant signedOffAt, String sentBackComment, String submittedBy, Instant submittedAt,
                  LocalDate explanationDue) {
    }

    private final JdbcClient db;

    AssessmentStore(JdbcClient db) {
        this.db = db;
    }

    Optional<RoundFacts> round(String roundId) {
        return db.sql("select id, round_year, organiser_unit_id from evaluation_round where id = ?").param(roundId)
                .query((rs, n) -> new RoundFacts(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
    }

    boolean participates(String roundId, String unitId) {
        return db.sql("select count(*) from round_participant where round_id = ? and unit_id = ?")
                .params(roundId, unitId).query(Integer.class).single() > 0;
    }

    /** The round's deadline for the assessment stage, if the coordinator set one. */
    Optional<LocalDate> assessmentDue(String roundId) {
        return db.sql("select due from round_stage_due where round_id = ? and stage = 'assessment'").param(roundId)
                .query(LocalDate.class).optional();
    }

    Optional<Header> header(String roundId, String unitId) {
        return db.sql("""
                        select scorecard_id, state, signed_off_by, signed_off_by_name, signed_off_at, sent_back_comment,
                               submitted_by, submitted_at, explanation_due
                        from self_assessment where round_id = ? and unit_id = ?""")
                .params(roundId, unitId)
                .query((rs, n) -> new Header(rs.getString(1), AssessmentState.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), instant(rs, 5), rs.getString(6), rs.getString(7),
                        instant(rs, 8), rs.getObject(9, LocalDate.class)))
                .optional();
    }

    /** Locks the self-assessment's row, so state changes of one unit queue instead of crossing. */
    Optional<AssessmentState> lockState(String roundId, String unitId) {
        return db.sql("select state from self_assessment where round_id = ? and unit_id = ? for update")
                .params(roundId, unitId).query((rs, n) -> AssessmentState.valueOf(rs.getString(1))).optional();
    }

    void create(String roundId, String unitId, String scorecardId, List<String> codes) {
        db.sql("insert into self_assessment (round_id, unit_id, scorecard_id, state) values (?, ?, ?, ?)")
                .params(roundId, unitId, scorecardId, AssessmentState.DRAFT.name()).update();
        for (String code : codes) {
            db.sql("insert into self_assessment_value (round_id, unit_id, code, version) values (?, ?, ?, 0)")
                    .params(roundId, unitId, code).update();
        }
    }

    void state(String roundId, String unitId, AssessmentState state) {
        db.sql("update self_assessment set state = ? where round_id = ? and unit_id = ?")
                .params(state.name(), roundId, unitId).update();
    }

    void signedOff(String roundId, String unitId, String by, String name, Instant at) {
        db.sql("""
                        update self_assessment set state = ?, signed_off_by = ?, signed_off_by_name = ?, signed_off_at = ?,
                               sent_back_comment = null where round_id = ? and unit_id = ?""")
                .params(AssessmentState.SIGNED_OFF.name(), by, name, Timestamp.from(at), roundId, unitId).update();
    }

    void sentBack(String roundId, String unitId, String comment) {
        db.sql("""
                        update self_assessment set state = ?, signed_off_by = null, signed_off_by_name = null,
                               signed_off_at = null, sent_back_comment = ?, handed_to_leader_at = null
                        where round_id = ? and unit_id = ?""")
                .params(AssessmentState.DRAFT.name(), comment, roundId, unitId).update();
    }

    void submitted(String roundId, String unitId, String by, Instant at) {
        db.sql("update self_assessment set state = ?, submitted_by = ?, submitted_at = ? where round_id = ? and unit_id = ?")
                .params(AssessmentState.SUBMITTED.name(), by, Timestamp.from(at), roundId, unitId).update();
    }

    void sentToUnit(String roundId, String unitId, LocalDate explanationDue) {
        db.sql("update self_assessment set state = ?, explanation_due = ? where round_id = ? and unit_id = ?")
                .params(AssessmentState.APPRAISED_SENT.name(), explanationDue, roundId, unitId).update();
    }

    Map<String, SubCriterionValue> values(String roundId, String unitId) {
        Map<String, SubCriterionValue> values = new LinkedHashMap<>();
        db.sql("""
                        select code, answer, points, note, appraised_answer, appraised_points, appraised_reason,
                               explanation, final_points, final_reason, version, updated_by, updated_by_name, updated_at
                        from self_assessment_value where round_id = ? and unit_id = ?""")
                .params(roundId, unitId).query((rs, n) -> value(rs)).list()
                .forEach(v -> values.put(v.code(), v));
        return values;
    }

    Optional<SubCriterionValue> value(String roundId, String unitId, String code) {
        return db.sql("""
                        select code, answer, points, note, appraised_answer, appraised_points, appraised_reason,
                               explanation, final_points, final_reason, version, updated_by, updated_by_name, updated_at
                        from self_assessment_value where round_id = ? and unit_id = ? and code = ?""")
                .params(roundId, unitId, code).query((rs, n) -> value(rs)).optional();
    }

    /** Saves the unit's own value if nobody saved since {@code expectedVersion}; false when someone did. */
    boolean saveSelf(String roundId, String unitId, String code, String answer, BigDecimal points, String note,
                     int expectedVersion, String by, String name, Instant at) {
        return db.sql("""
                        update self_assessment_value set answer = ?, points = ?, note = ?, version = version + 1,
                               updated_by = ?, updated_by_name = ?, updated_at = ?
                        where round_id = ? and unit_id = ? and code = ? and version = ?""")
                .params(answer, points, note, by, name, Timestamp.from(at), roundId, unitId, code, expectedVersion)
                .update() == 1;
    }

    void saveAppraised(String roundId, String unitId, String code, String answer, BigDecimal points, String reason) {
        db.sql("""
                        update self_assessment_value set appraised_answer = ?, appraised_points = ?, appraised_reason = ?,
                               version = version + 1 where round_id = ? and unit_id = ? and code = ?""")
                .params(answer, points, reason, roundId, unitId, code).update();
    }

    void saveExplanation(String roundId, String unitId, String code, String text) {
        db.sql("update self_assessment_value set explanation = ?, version = version + 1 where round_id = ? and unit_id = ? and code = ?")
                .params(text, roundId, unitId, code).update();
    }

    void saveFinal(String roundId, String unitId, String code, BigDecimal points, String reason) {
        db.sql("update self_assessment_value set final_points = ?, final_reason = ?, version = version + 1 where round_id = ? and unit_id = ? and code = ?")
                .params(points, reason, roundId, unitId, code).update();
    }

    void record(String roundId, String unitId, String code, ValueKind kind, BigDecimal points, String answer,
                String note, String by, String name, Instant at) {
        db.sql("""
                        insert into self_assessment_history (round_id, unit_id, code, kind, points, answer, note, by_user,
                               by_name, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(roundId, unitId, code, kind.name(), points, answer, note, by, name, Timestamp.from(at)).update();
    }

    List<ValueChange> history(String roundId, String unitId, String code) {
        return db.sql("""
                        select id, code, kind, points, answer, note, by_user, by_name, at from self_assessment_history
                        where round_id = ? and unit_id = ? and code = ? order by id""")
                .params(roundId, unitId, code)
                .query((rs, n) -> new ValueChange(rs.getLong(1), rs.getString(2), ValueKind.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        instant(rs, 9)))
                .list();
    }

    void assign(String roundId, String unitId, String appraiser, String name, String appraiserUnit, String by,
                Instant at) {
        db.sql("""
                        insert into appraisal_assignment (round_id, unit_id, appraiser, appraiser_name, appraiser_unit,
                               assigned_by, assigned_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(roundId, unitId, appraiser, name, appraiserUnit, by, Timestamp.from(at)).update();
    }

    boolean assigned(String roundId, String unitId, String appraiser) {
        return db.sql("select count(*) from appraisal_assignment where round_id = ? and unit_id = ? and appraiser = ?")
                .params(roundId, unitId, appraiser).query(Integer.class).single() > 0;
    }

    List<String> appraisers(String roundId, String unitId) {
        return db.sql("select appraiser from appraisal_assignment where round_id = ? and unit_id = ? order by appraiser")
                .params(roundId, unitId).query(String.class).list();
    }

    String roundName(String roundId) {
        return db.sql("select name from evaluation_round where id = ?").param(roundId).query(String.class).single();
    }

    /** The names of a unit's appraisers, as they were when assigned. */
    List<String> appraiserNames(String roundId, String unitId) {
        return db.sql("""
                        select coalesce(appraiser_name, appraiser) from appraisal_assignment
                        where round_id = ? and unit_id = ? order by appraiser""")
                .params(roundId, unitId).query(String.class).list();
    }

    /** The units assigned to an appraiser in rounds not yet completed or cancelled, newest round first. */
    List<AppraisalAssignment> assignedTo(String appraiser) {
        return db.sql("""
                        select r.id, r.round_year, r.name, a.unit_id, u.name, s.state, s.explanation_due
                        from appraisal_assignment a
                        join evaluation_round r on r.id = a.round_id
                        join unit u on u.id = a.unit_id
                        left join self_assessment s on s.round_id = a.round_id and s.unit_id = a.unit_id
                        where a.appraiser = ? and r.state in ('DRAFT', 'LAUNCHED')
                        order by r.round_year desc, u.name""")
                .param(appraiser)
                .query((rs, n) -> new AppraisalAssignment(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : AssessmentState.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** The officers handed it to their leader: the dashboard shows it waiting for the sign-off. */
    void handedToLeader(String roundId, String unitId, Instant at) {
        db.sql("update self_assessment set handed_to_leader_at = ? where round_id = ? and unit_id = ?")
                .params(Timestamp.from(at), roundId, unitId).update();
    }

    /**
     * The council sent the unit back: in appraisal again, the explanation deadline and the current final values
     * cleared (they stay in the history), the self, appraised and explained values kept for the appraisers.
     */
    void reopened(String roundId, String unitId, Instant at) {
        db.sql("""
                        update self_assessment set state = ?, reopened_at = ?, explanation_due = null
                        where round_id = ? and unit_id = ?""")
                .params(AssessmentState.IN_APPRAISAL.name(), Timestamp.from(at), roundId, unitId).update();
        db.sql("""
                        update self_assessment_value set final_points = null, final_reason = null, version = version + 1
                        where round_id = ? and unit_id = ? and final_points is not null""")
                .params(roundId, unitId).update();
    }

    boolean unassign(String roundId, String unitId, String appraiser) {
        return db.sql("delete from appraisal_assignment where round_id = ? and unit_id = ? and appraiser = ?")
                .params(roundId, unitId, appraiser).update() == 1;
    }

    /** Whether this appraiser has set any appraised or final value of the unit's, in this round. */
    boolean hasScored(String roundId, String unitId, String appraiser) {
        return db.sql("""
                        select count(*) from self_assessment_history where round_id = ? and unit_id = ? and by_user = ?
                        and kind in ('APPRAISED', 'FINAL')""")
                .params(roundId, unitId, appraiser).query(Integer.class).single() > 0;
    }

    private static SubCriterionValue value(ResultSet rs) throws SQLException {
        return new SubCriterionValue(rs.getString(1), Answers.read(rs.getString(2)), rs.getBigDecimal(3),
                rs.getString(4), Answers.read(rs.getString(5)), rs.getBigDecimal(6), rs.getString(7), rs.getString(8),
                rs.getBigDecimal(9), rs.getString(10), rs.getInt(11), rs.getString(12), rs.getString(13),
                instant(rs, 14), 0);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
