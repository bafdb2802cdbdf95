package vn.thuocdo.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Imported questionnaire versions: inserted once, never updated or deleted. */
@Repository
class QuestionnaireStore {

    /** A stored version: its canonical definition and who brought it in. */
    record Stored(String id, int version, String definition, String checksum, String importedBy,
                  String importedByName, String importedUnit, Instant importedAt) {
    }

    private final JdbcClient db;

    QuestionnaireStore(JdbcClient db) {
        this.db = db;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the id@version was imported meanwhile */
    void insert(String id, int version, String kind, String title, String definition, String checksum, int items,
                String importedBy, String importedUnit, Instant at) {
        db.sql("""
                        insert into questionnaire (id, version, kind, title, definition, checksum, items, imported_by,
                                                   imported_unit, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, version, kind, title, definition, checksum, items, importedBy, importedUnit,
                        Timestamp.from(at))
                .update();
    }

    boolean exists(String id, int version) {
        return db.sql("select count(*) from questionnaire where id = ? and version = ?").params(id, version)
                .query(Integer.class).single() > 0;
    }

    /** The kinds the versions of this id were imported with. */
    List<String> kindsOf(String id) {
        return db.sql("select distinct kind from questionnaire where id = ?").param(id).query(String.class).list();
    }

    Optional<Stored> find(String id, int version) {
        return db.sql(SELECT + " where q.id = ? and q.version = ?").params(id, version).query(QuestionnaireStore::map)
                .optional();
    }

    List<Stored> all() {
        return db.sql(SELECT + " order by q.id, q.version desc").query(QuestionnaireStore::map).list();
    }

    private static final String SELECT = """
            select q.id, q.version, q.definition, q.checksum, q.imported_by, q.imported_unit, q.imported_at,
                   (select p.display_name from audit_person p where p.username = q.imported_by) imported_by_name
            from questionnaire q""";

    private static Stored map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getString("id"), rs.getInt("version"), rs.getString("definition"),
                rs.getString("checksum"), rs.getString("imported_by"), rs.getString("imported_by_name"),
                rs.getString("imported_unit"), rs.getTimestamp("imported_at").toInstant());
    }
}
