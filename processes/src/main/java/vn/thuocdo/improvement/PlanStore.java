package vn.thuocdo.improvement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.improvement.ItemKind;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The plans' tables, in plain SQL both PostgreSQL and H2 speak. */
@Component
class PlanStore {

    /** A plan version's row with what the screens need from around it (unit name, organiser, publication code). */
    record Header(String id, String roundId, String organiserUnitId, String unitId, String unitName, int year,
                  String publicationId, String publicationCode, String rule, int version, PlanState state,
                  String reason, String returnedReason, String submittedByName, Instant submittedAt,
                  String signedOffBy, String signedOffByName, Instant signedOffAt, int rowVersion) {
    }

    private static final String HEADER = "select p.id, p.round_id, r.organiser_unit_id, p.unit_id, u.name,"
            + " p.result_year, p.publication_id, b.code, p.rule_ref, p.version_no, p.state, p.reason,"
            + " p.returned_reason, p.submitted_by_name, p.submitted_at, p.signed_off_by, p.signed_off_by_name,"
            + " p.signed_off_at, p.row_version from improvement_plan p join evaluation_round r on r.id = p.round_id"
            + " join unit u on u.id = p.unit_id join publication b on b.id = p.publication_id";

    private final JdbcClient db;

    PlanStore(JdbcClient db) {
        this.db = db;
    }

    Optional<Integer> roundYear(String roundId) {
        return db.sql("select round_year from evaluation_round where id = ?").param(roundId).query(Integer.class)
                .optional();
    }

    boolean started(String roundId, String unitId) {
        return db.sql("select count(*) from improvement_plan where round_id = ? and unit_id = ?")
                .params(roundId, unitId).query(Integer.class).single() > 0;
    }

    void create(String id, String roundId, String unitId, int year, String publicationId, String rule, int version,
                String reason, String by, Instant at) {
        db.sql("insert into improvement_plan (id, round_id, unit_id, result_year, publication_id, rule_ref,"
                        + " version_no, state, reason, created_by, created_at, row_version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, 0)")
                .params(id, roundId, unitId, year, publicationId, rule, version, reason, by, Timestamp.from(at))
                .update();
    }

    void addItem(String planId, PlanItem item) {
        db.sql("insert into improvement_plan_item (plan_id, item_no, kind, code, name, share, points, max_points,"
                        + " measures, responsible, due_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(planId, item.itemNo(), item.kind().name(), item.code(), item.name(), item.share(),
                        item.points(), item.maxPoints(), item.measures(), item.responsible(),
                        item.due() == null ? null : Date.valueOf(item.due()))
                .update();
    }

    Optional<Header> header(String planId) {
        return db.sql(HEADER + " where p.id = ?").param(planId).query((rs, n) -> header(rs)).optional();
    }

    /** The newest version of the unit's plan in the round. */
    Optional<Header> newest(String roundId, String unitId) {
        return db.sql(HEADER + " where p.round_id = ? and p.unit_id = ? order by p.version_no desc")
                .params(roundId, unitId).query((rs, n) -> header(rs)).list().stream().findFirst();
    }

    /** The newest version of the unit's newest plan, whatever the round. */
    Optional<Header> newestOfUnit(String unitId) {
        return db.sql(HEADER + " where p.unit_id = ? order by p.result_year desc, p.created_at desc, p.version_no desc")
                .param(unitId).query((rs, n) -> header(rs)).list().stream().findFirst();
    }

    /** Every unit's newest version in a round, by unit. */
    List<Header> newestInRound(String roundId) {
        return db.sql(HEADER + " where p.round_id = ? and p.version_no = (select max(q.version_no)"
                        + " from improvement_plan q where q.round_id = p.round_id and q.unit_id = p.unit_id)"
                        + " order by p.unit_id")
                .param(roundId).query((rs, n) -> header(rs)).list();
    }

    /** The unit's plan signed off for a year and still in force (a later signed-off version supersedes it). */
    Optional<Header> signedOff(String unitId, int year) {
        return db.sql(HEADER + " where p.unit_id = ? and p.result_year = ? and p.state = 'SIGNED_OFF'"
                        + " order by p.signed_off_at desc")
                .params(unitId, year).query((rs, n) -> header(rs)).list().stream().findFirst();
    }

    /** The plan's state, its row locked until the transaction ends: two decisions never cross. */
    Optional<PlanState> lockState(String planId) {
        return db.sql("select state from improvement_plan where id = ? for update").param(planId)
                .query((rs, n) -> PlanState.valueOf(rs.getString(1))).optional();
    }

    List<PlanItem> items(String planId) {
        return db.sql("select item_no, kind, code, name, share, points, max_points, measures, responsible, due_date"
                        + " from improvement_plan_item where plan_id = ? order by item_no")
                .param(planId).query((rs, n) -> new PlanItem(rs.getInt(1), ItemKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getString(8), rs.getString(9),
                        rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate()))
                .list();
    }

    List<PlanChange> changes(String planId) {
        return db.sql("select action, detail, by_user, by_name, at from improvement_plan_history where plan_id = ?"
                        + " order by id")
                .param(planId).query((rs, n) -> new PlanChange(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), instant(rs, 5)))
                .list();
    }

    /** Counts the save against the version the officer read: false when someone saved after it. */
    boolean claim(String planId, int expectedRowVersion) {
        return db.sql("update improvement_plan set row_version = row_version + 1 where id = ? and row_version = ?")
                .params(planId, expectedRowVersion).update() == 1;
    }

    void answer(String planId, int itemNo, String measures, String responsible, java.time.LocalDate due) {
        db.sql("update improvement_plan_item set measures = ?, responsible = ?, due_date = ?"
                        + " where plan_id = ? and item_no = ?")
                .params(measures, responsible, due == null ? null : Date.valueOf(due), planId, itemNo).update();
    }

    void submitted(String planId, String by, String byName, Instant at) {
        db.sql("update improvement_plan set state = 'SUBMITTED', submitted_by = ?, submitted_by_name = ?,"
                + " submitted_at = ?, returned_reason = null where id = ?")
                .params(by, byName, Timestamp.from(at), planId).update();
    }

    void returned(String planId, String reason) {
        db.sql("update improvement_plan set state = 'DRAFT', returned_reason = ? where id = ?")
                .params(reason, planId).update();
    }

    void signedOff(String planId, String by, String byName, Instant at) {
        db.sql("update improvement_plan set state = 'SIGNED_OFF', signed_off_by = ?, signed_off_by_name = ?,"
                + " signed_off_at = ? where id = ?").params(by, byName, Timestamp.from(at), planId).update();
    }

    /** The unit's earlier signed-off versions in the round give way to the one just signed off. */
    void supersedeOthers(String roundId, String unitId, String planId) {
        db.sql("update improvement_plan set state = 'SUPERSEDED' where round_id = ? and unit_id = ? and id <> ?"
                + " and state = 'SIGNED_OFF'").params(roundId, unitId, planId).update();
    }

    void record(String planId, String action, String detail, String by, String byName, Instant at) {
        db.sql("insert into improvement_plan_history (plan_id, action, detail, by_user, by_name, at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(planId, action, detail, by, byName, Timestamp.from(at)).update();
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                PlanState.valueOf(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getString(14),
                instant(rs, 15), rs.getString(16), rs.getString(17), instant(rs, 18), rs.getInt(19));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
