package vn.thuocdo.scorecard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Imported scorecard versions: inserted once, never updated or deleted. */
@Repository
class ScorecardStore {

    /** A stored version: its canonical definition and who brought it in. */
    record Stored(String id, String definition, String checksum, String importedBy, String importedByName,
                  String importedUnit, Instant importedAt) {
    }

    private final JdbcClient db;

    ScorecardStore(JdbcClient db) {
        this.db = db;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the id was imported meanwhile */
    void insert(String id, int version, String kind, int yearFrom, Integer yearTo, String title, String definition,
                String checksum, String importedBy, String importedUnit, Instant at) {
        db.sql("""
                        insert into scorecard_version (id, version, kind, year_from, year_to, title, definition,
                                                       checksum, imported_by, imported_unit, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, version, kind, yearFrom, yearTo, title, definition, checksum, importedBy, importedUnit,
                        Timestamp.from(at))
                .update();
    }

    boolean exists(String id) {
        return db.sql("select count(*) from scorecard_version where id = ?").param(id).query(Integer.class)
                .single() > 0;
    }

    /** Every imported version, oldest first: the later one wins for the years both cover. */
    List<Stored> all() {
        return db.sql("""
                        select s.id, s.definition, s.checksum, s.imported_by, s.imported_unit, s.imported_at,
                               (select p.display_name from audit_person p where p.username = s.imported_by) imported_by_name
                        from scorecard_version s order by s.imported_at, s.id""")
                .query(ScorecardStore::map).list();
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getString("id"), rs.getString("definition"), rs.getString("checksum"),
                rs.getString("imported_by"), rs.getString("imported_by_name"), rs.getString("imported_unit"),
                rs.getTimestamp("imported_at").toInstant());
    }
}
