package vn.thuocdo.evidence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of evidence files; the content is the store's. */
@Repository
class EvidenceRecords {

    private final JdbcClient db;

    EvidenceRecords(JdbcClient db) {
        this.db = db;
    }

    void insert(EvidenceFile f) {
        db.sql("""
                        insert into evidence_file (id, round_id, unit_id, criterion, file_name, content_type, size_bytes,
                        sha256, uploaded_by, uploaded_by_name, uploaded_at, scan, scan_detail, storage_ref)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.id(), f.roundId(), f.unitId(), f.criterion(), f.fileName(), f.type().name(), f.size(),
                        f.sha256(), f.uploadedBy(), f.uploadedByName(), Timestamp.from(f.uploadedAt()), f.scan().name(),
                        f.scanDetail(), f.storageRef())
                .update();
    }

    Optional<EvidenceFile> find(String id) {
        return db.sql("select * from evidence_file where id = ?").param(id).query(EvidenceRecords::file).optional();
    }

    /** Every file of a unit in a round, withdrawn ones too, by criterion and then oldest first. */
    List<EvidenceFile> of(String roundId, String unitId, String criterion) {
        return db.sql("select * from evidence_file where round_id = ? and unit_id = ?"
                        + (criterion == null ? "" : " and criterion = ?") + " order by criterion, uploaded_at, id")
                .params(criterion == null ? List.of(roundId, unitId) : List.of(roundId, unitId, criterion))
                .query(EvidenceRecords::file).list();
    }

    Optional<EvidenceFile> sameContent(String roundId, String unitId, String criterion, String sha256) {
        return db.sql("""
                        select * from evidence_file where round_id = ? and unit_id = ? and criterion = ? and sha256 = ?
                        and withdrawn_at is null order by uploaded_at limit 1""")
                .params(roundId, unitId, criterion, sha256).query(EvidenceRecords::file).optional();
    }

    /** Files kept (not withdrawn) per criterion: one query for a unit's whole tree. */
    Map<String, Integer> counts(String roundId, String unitId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        db.sql("""
                        select criterion, count(*) from evidence_file where round_id = ? and unit_id = ?
                        and withdrawn_at is null group by criterion order by criterion""")
                .params(roundId, unitId)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** Marks withdrawn unless it already was; false when someone else withdrew it first. */
    boolean withdraw(String id, String username, String name, Instant at, String reason) {
        return db.sql("""
                        update evidence_file set withdrawn_by = ?, withdrawn_by_name = ?, withdrawn_at = ?,
                        withdrawn_reason = ? where id = ? and withdrawn_at is null""")
                .params(username, name, Timestamp.from(at), reason, id).update() == 1;
    }

    private static EvidenceFile file(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new EvidenceFile(rs.getString("id"), rs.getString("round_id"), rs.getString("unit_id"),
                rs.getString("criterion"), rs.getString("file_name"), EvidenceType.valueOf(rs.getString("content_type")),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getString("uploaded_by_name"), rs.getTimestamp("uploaded_at").toInstant(),
                EvidenceFile.ScanOutcome.valueOf(rs.getString("scan")), rs.getString("scan_detail"),
                rs.getString("storage_ref"), rs.getString("withdrawn_by"), rs.getString("withdrawn_by_name"),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_reason"));
    }
}
