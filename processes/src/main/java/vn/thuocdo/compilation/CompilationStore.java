package vn.thuocdo.compilation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/** The versions of compiled results and their rows: inserted once, only the version's state changes. */
@Component
class CompilationStore {

    private static final String VERSION_COLUMNS = "id, round_id, version_no, reason, computed_by, computed_by_name,"
            + " computed_at, state, index_definition, scorecards, responses, unweighted";

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    CompilationStore(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    /** Locks the round's row, so two computations of one round number their versions one after the other. */
    int nextNumber(String roundId) {
        db.sql("select id from evaluation_round where id = ? for update").param(roundId).query(String.class).list();
        return db.sql("select coalesce(max(version_no), 0) + 1 from index_result_version where round_id = ?")
                .param(roundId).query(Integer.class).single();
    }

    void insert(ResultVersion v, List<IndexResult> rows) {
        db.sql("insert into index_result_version (" + VERSION_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.id(), v.roundId(), v.number(), v.reason(), v.computedBy(), v.computedByName(),
                        Timestamp.from(v.computedAt()), v.state().name(), v.indexDefinition(), v.scorecards(),
                        v.responses(), v.unweighted()).update();
        // One batch: a national round's thousands of rows in a few round trips.
        jdbc.batchUpdate("insert into index_result (version_id, unit_id, unit_kind, measure, estimate, se, ci_low,"
                + " ci_high, n, weight_total, points, max_points, unit_rank, result_group, note, rank_low, rank_high,"
                + " not_different) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500,
                (ps, r) -> {
            ps.setString(1, v.id());
            ps.setString(2, r.unitId());
            ps.setString(3, r.unitKind());
            ps.setString(4, r.measure());
            setDouble(ps, 5, r.estimate());
            setDouble(ps, 6, r.se());
            setDouble(ps, 7, r.ciLow());
            setDouble(ps, 8, r.ciHigh());
            if (r.n() == null) {
                ps.setNull(9, Types.BIGINT);
            } else {
                ps.setLong(9, r.n());
            }
            setDouble(ps, 10, r.weightTotal());
            ps.setBigDecimal(11, r.points());
            ps.setBigDecimal(12, r.maxPoints());
            if (r.rank() == null) {
                ps.setNull(13, Types.INTEGER);
            } else {
                ps.setInt(13, r.rank());
            }
            ps.setString(14, r.group());
            ps.setString(15, r.note());
            setInt(ps, 16, r.rankLow());
            setInt(ps, 17, r.rankHigh());
            ps.setString(18, r.rankLow() == null ? null : String.join(",", r.notDifferent()));
        });
    }

    private static void setInt(java.sql.PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setDouble(java.sql.PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || value.isNaN()) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** Every earlier version in one of the given states becomes SUPERSEDED. */
    void supersede(String roundId, String exceptId) {
        db.sql("update index_result_version set state = 'SUPERSEDED' where round_id = ? and id <> ?"
                + " and state in ('DRAFT', 'READY')").params(roundId, exceptId).update();
    }

    boolean changeState(String versionId, VersionState from, VersionState to) {
        return db.sql("update index_result_version set state = ? where id = ? and state = ?")
                .params(to.name(), versionId, from.name()).update() > 0;
    }

    List<ResultVersion> versions(String roundId) {
        return db.sql("select " + VERSION_COLUMNS + " from index_result_version where round_id = ?"
                + " order by version_no desc").param(roundId).query(CompilationStore::version).list();
    }

    Optional<ResultVersion> version(String versionId) {
        return db.sql("select " + VERSION_COLUMNS + " from index_result_version where id = ?").param(versionId)
                .query(CompilationStore::version).optional();
    }

    /** The newest version handed to the council (ready or approved), if any. */
    Optional<ResultVersion> latestForCouncil(String roundId) {
        return db.sql("select " + VERSION_COLUMNS + " from index_result_version where round_id = ?"
                        + " and state in ('READY', 'APPROVED') order by version_no desc limit 1").param(roundId)
                .query(CompilationStore::version).optional();
    }

    List<IndexResult> rows(String versionId, String measurePrefix) {
        return db.sql("select unit_id, unit_kind, measure, estimate, se, ci_low, ci_high, n, weight_total, points,"
                        + " max_points, unit_rank, result_group, note, rank_low, rank_high, not_different"
                        + " from index_result"
                        + " where version_id = ? and measure like ? order by unit_id, measure")
                .params(versionId, measurePrefix + "%").query(CompilationStore::row).list();
    }

    List<IndexResult> unitRows(String versionId, String unitId) {
        return db.sql("select unit_id, unit_kind, measure, estimate, se, ci_low, ci_high, n, weight_total, points,"
                        + " max_points, unit_rank, result_group, note, rank_low, rank_high, not_different"
                        + " from index_result"
                        + " where version_id = ? and unit_id = ? order by measure")
                .params(versionId, unitId).query(CompilationStore::row).list();
    }

    /** The version the round's newest council session reviewed (empty without a session or a version then). */
    Optional<String> sessionVersion(String roundId) {
        return db.sql("select result_version_id from council_session where round_id = ?"
                        + " order by session_no desc limit 1").param(roundId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    void recordSessionVersion(String sessionId, String versionId) {
        db.sql("update council_session set result_version_id = ? where id = ?").params(versionId, sessionId).update();
    }

    /** The version an approving session reviewed becomes APPROVED. */
    void approvedBySession(String sessionId) {
        db.sql("update index_result_version set state = 'APPROVED' where id ="
                + " (select result_version_id from council_session where id = ?)").param(sessionId).update();
    }

    private static ResultVersion version(ResultSet rs, int n) throws SQLException {
        return new ResultVersion(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), VersionState.valueOf(rs.getString(8)),
                rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12));
    }

    private static IndexResult row(ResultSet rs, int n) throws SQLException {
        return new IndexResult(rs.getString(1), rs.getString(2), rs.getString(3), dbl(rs, 4), dbl(rs, 5),
                dbl(rs, 6), dbl(rs, 7), lng(rs, 8), dbl(rs, 9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                (Integer) rs.getObject(12), rs.getString(13), rs.getString(14), (Integer) rs.getObject(15),
                (Integer) rs.getObject(16), ids(rs.getString(17)));
    }

    private static List<String> ids(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty() ? List.of()
                : List.of(commaSeparated.split(","));
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Long lng(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
