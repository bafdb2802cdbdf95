package vn.thuocdo.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The publication tables: rows inserted once; only a superseded publication's state and its two columns change. */
@Component
class PublicationStore {

    private static final String COLUMNS = "id, round_id, result_version_id, result_year, publication_no, code, title,"
            + " state, supersedes_id, reason, published_by, published_by_name, published_at, superseded_by,"
            + " superseded_at, manifest_sha256";
    private static final String FILE_COLUMNS = "f.publication_id, p.code, f.path, f.kind, f.unit_id, f.content_type,"
            + " f.size_bytes, f.sha256, f.storage_ref";

    private final JdbcClient db;

    PublicationStore(JdbcClient db) {
        this.db = db;
    }

    /** Locks the round's row, so two publishers of one round number one after the other and see each other. */
    int nextNumber(String roundId) {
        db.sql("select id from evaluation_round where id = ? for update").param(roundId).query(String.class).list();
        return db.sql("select coalesce(max(publication_no), 0) + 1 from publication where round_id = ?")
                .param(roundId).query(Integer.class).single();
    }

    void insert(Publication p) {
        db.sql("insert into publication (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.roundId(), p.resultVersionId(), p.year(), p.number(), p.code(), p.title(),
                        p.state().name(), p.supersedesId(), p.reason(), p.publishedBy(), p.publishedByName(),
                        Timestamp.from(p.publishedAt()), null, null, p.manifestSha256())
                .update();
    }

    /** The manifest is written last, once every other file is known; the row carries its hash from the start. */
    void manifest(String publicationId, String sha256) {
        db.sql("update publication set manifest_sha256 = ? where id = ?").params(sha256, publicationId).update();
    }

    /** The current publication becomes superseded by its correction, once: false when it was not current. */
    boolean supersede(String publicationId, String byId, Instant at) {
        return db.sql("update publication set state = 'SUPERSEDED', superseded_by = ?, superseded_at = ?"
                        + " where id = ? and state = 'CURRENT'")
                .params(byId, Timestamp.from(at), publicationId).update() == 1;
    }

    void insertFile(PublishedFile f) {
        db.sql("insert into publication_file (publication_id, path, kind, unit_id, content_type, size_bytes, sha256,"
                        + " storage_ref) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.publicationId(), f.path(), f.kind().name(), f.unitId(), f.contentType(), f.sizeBytes(),
                        f.sha256(), f.storageRef()).update();
    }

    /** Copies the approved version's rows with each unit's name and kind as the register has them now. */
    int freeze(String publicationId, String versionId) {
        return db.sql("insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure,"
                        + " estimate, se, ci_low, ci_high, n, points, max_points, unit_rank, rank_low, rank_high,"
                        + " not_different, result_group, note)"
                        // Typed parameters: H2 (the embedded default) cannot guess a bare ? in a select list.
                        + " select cast(? as varchar(36)), r.unit_id, coalesce(u.name, cast(? as varchar(300))),"
                        + " coalesce(u.kind, r.unit_kind), r.measure,"
                        + " r.estimate, r.se, r.ci_low, r.ci_high, r.n, r.points, r.max_points, r.unit_rank,"
                        + " r.rank_low, r.rank_high, r.not_different, r.result_group, r.note"
                        + " from index_result r left join unit u on u.id = r.unit_id where r.version_id = ?")
                .params(publicationId, NATIONAL_NAME, versionId).update();
    }

    /** The name the national row ({@code unit_id = 'national'}, no unit of the register) is published under. */
    static final String NATIONAL_NAME = "Toàn quốc";

    /** The units (of the register) a publication has numbers for: those it tells. */
    List<String> publishedUnits(String publicationId) {
        return db.sql("select distinct r.unit_id from publication_result r join unit u on u.id = r.unit_id"
                + " where r.publication_id = ? order by r.unit_id").param(publicationId).query(String.class).list();
    }

    Optional<Publication> current(String roundId) {
        return db.sql("select " + COLUMNS + " from publication where round_id = ? and state = 'CURRENT'")
                .param(roundId).query(PublicationStore::publication).optional();
    }

    Optional<Publication> find(String id) {
        return db.sql("select " + COLUMNS + " from publication where id = ?").param(id)
                .query(PublicationStore::publication).optional();
    }

    Optional<Publication> byCode(String code) {
        return db.sql("select " + COLUMNS + " from publication where code = ?").param(code)
                .query(PublicationStore::publication).optional();
    }

    /** A round's publications, newest first. */
    List<Publication> ofRound(String roundId) {
        return db.sql("select " + COLUMNS + " from publication where round_id = ? order by publication_no desc")
                .param(roundId).query(PublicationStore::publication).list();
    }

    List<Publication> all() {
        return db.sql("select " + COLUMNS + " from publication order by result_year desc, publication_no desc")
                .query(PublicationStore::publication).list();
    }

    /** Codes of the year already taken by any organiser, for the next one ({@code CB-2026-03}). */
    int nextOfYear(int year) {
        return db.sql("select count(*) from publication where result_year = ?").param(year)
                .query(Integer.class).single() + 1;
    }

    List<PublishedFile> files(String publicationId) {
        return db.sql("select " + FILE_COLUMNS + " from publication_file f join publication p on p.id = f.publication_id"
                        + " where f.publication_id = ? order by f.kind, f.path")
                .param(publicationId).query(PublicationStore::file).list();
    }

    List<PublishedFile> allFiles() {
        return db.sql("select " + FILE_COLUMNS + " from publication_file f join publication p on p.id = f.publication_id"
                + " order by p.code, f.path").query(PublicationStore::file).list();
    }

    List<PublishedFile> withHash(String sha256) {
        return db.sql("select " + FILE_COLUMNS + " from publication_file f join publication p on p.id = f.publication_id"
                + " where f.sha256 = ? order by p.published_at, f.path").param(sha256).query(PublicationStore::file).list();
    }

    private static Publication publication(ResultSet rs, int n) throws SQLException {
        Timestamp superseded = rs.getTimestamp(15);
        return new Publication(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), PublicationState.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant(),
                rs.getString(14), superseded == null ? null : superseded.toInstant(), rs.getString(16));
    }

    private static PublishedFile file(ResultSet rs, int n) throws SQLException {
        return new PublishedFile(rs.getString(1), rs.getString(2), rs.getString(3), FileKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9));
    }
}
