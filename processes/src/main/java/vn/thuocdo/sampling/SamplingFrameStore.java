package vn.thuocdo.sampling;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Persistence of sampling frames: replaced as a whole, never row by row. */
@Repository
class SamplingFrameStore {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough to keep the driver's buffers modest. */
    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    SamplingFrameStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the request so two uploads for it cannot interleave their replace-all. */
    void lock(String requestId) {
        jdbc.queryForObject("select id from sampling_request where id = ? for update", String.class, requestId);
    }

    /**
     * Empties the request's frame and returns where its new rows go, in batches as they come: the caller's
     * transaction makes the replacement all-or-nothing, and no more than one batch is ever held.
     */
    Consumer<FrameRow> replace(String requestId, String template, String actor, Instant at) {
        jdbc.update("delete from sampling_frame_row where request_id = ?", requestId);
        jdbc.update("delete from sampling_frame where request_id = ?", requestId);
        jdbc.update("insert into sampling_frame (request_id, template, attached_by, attached_at) values (?, ?, ?, ?)",
                requestId, template, actor, Timestamp.from(at));
        return new RowBatch(requestId);
    }

    /** Replaces the request's frame with rows already in memory (tests, small frames). */
    void replace(String requestId, String template, List<FrameRow> rows, String actor, Instant at) {
        Consumer<FrameRow> batch = replace(requestId, template, actor, at);
        rows.forEach(batch);
        flush(batch);
    }

    /** Writes what {@link #replace} was given but not yet written; call once after the last row. */
    void flush(Consumer<FrameRow> rows) {
        ((RowBatch) rows).flush();
    }

    /** Rows collected up to {@link #BATCH}, then written in one JDBC batch. */
    private final class RowBatch implements Consumer<FrameRow> {
        private final String requestId;
        private final List<FrameRow> pending = new ArrayList<>(BATCH);

        RowBatch(String requestId) {
            this.requestId = requestId;
        }

        @Override
        public void accept(FrameRow row) {
            pending.add(row);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            jdbc.batchUpdate("""
                            insert into sampling_frame_row (request_id, row_number, commune_code, commune_name,
                            village_name, households, population) values (?, ?, ?, ?, ?, ?, ?)""",
                    pending, BATCH, (ps, row) -> {
                        ps.setString(1, requestId);
                        ps.setInt(2, row.row());
                        ps.setString(3, row.communeCode());
                        ps.setString(4, row.communeName());
                        ps.setString(5, row.villageName());
                        ps.setLong(6, row.households());
                        ps.setLong(7, row.population());
                    });
            pending.clear();
        }
    }

    Optional<FrameSummary> summary(String requestId) {
        return jdbc.query("""
                        select f.template, f.attached_by, f.attached_at,
                               (select count(distinct r.commune_code) from sampling_frame_row r where r.request_id = f.request_id) communes,
                               (select count(*) from sampling_frame_row r where r.request_id = f.request_id) villages,
                               (select coalesce(sum(r.households), 0) from sampling_frame_row r where r.request_id = f.request_id) households,
                               (select coalesce(sum(r.population), 0) from sampling_frame_row r where r.request_id = f.request_id) population
                        from sampling_frame f where f.request_id = ?""",
                (rs, n) -> new FrameSummary(rs.getString("template"), rs.getLong("communes"), rs.getLong("villages"),
                        rs.getLong("households"), rs.getLong("population"), rs.getString("attached_by"),
                        rs.getTimestamp("attached_at").toInstant()),
                requestId).stream().findFirst();
    }

    Optional<FrameRow> row(String requestId, int rowNumber) {
        return jdbc.query("""
                        select row_number, commune_code, commune_name, village_name, households, population
                        from sampling_frame_row where request_id = ? and row_number = ?""",
                SamplingFrameStore::map, requestId, rowNumber).stream().findFirst();
    }

    /** One page of the frame, in the unit's row order; {@code filter} matches a commune code or name, a village. */
    List<FrameRow> rows(String requestId, String filter, int offset, int limit) {
        return jdbc.query("""
                        select row_number, commune_code, commune_name, village_name, households, population
                        from sampling_frame_row where request_id = ? and (? = '' or commune_code = ?
                        or lower(commune_name) like lower(?) or lower(village_name) like lower(?))
                        order by row_number offset ? rows fetch next ? rows only""",
                SamplingFrameStore::map, requestId, filter, filter, like(filter), like(filter), offset, limit);
    }

    int count(String requestId, String filter) {
        return jdbc.queryForObject("""
                        select count(*) from sampling_frame_row where request_id = ? and (? = '' or commune_code = ?
                        or lower(commune_name) like lower(?) or lower(village_name) like lower(?))""",
                Integer.class, requestId, filter, filter, like(filter), like(filter));
    }

    /**
     * Both sides go through the database's lower(), never Java's: under a "C" collation PostgreSQL leaves "Đ" as
     * it is, and a filter lowered in Java would then never match. The caller cleans the filter to NFC, as the rows
     * were stored.
     */
    private static String like(String filter) {
        return "%" + filter.replace("%", "").replace("_", "") + "%";
    }

    private static FrameRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FrameRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getLong(6));
    }

    List<FrameRow> rows(String requestId) {
        return jdbc.query("""
                        select row_number, commune_code, commune_name, village_name, households, population
                        from sampling_frame_row where request_id = ? order by row_number""",
                SamplingFrameStore::map, requestId);
    }

    /** Replaces the request's Phụ lục 2; the caller's transaction makes it all-or-nothing. */
    void replaceDossiers(String requestId, String template, List<DossierCount> rows, String actor, Instant at) {
        jdbc.update("delete from sampling_dossier_count where request_id = ?", requestId);
        jdbc.update("delete from sampling_dossier_frame where request_id = ?", requestId);
        jdbc.update("""
                        insert into sampling_dossier_frame (request_id, template, attached_by, attached_at)
                        values (?, ?, ?, ?)""", requestId, template, actor, Timestamp.from(at));
        jdbc.batchUpdate("""
                        insert into sampling_dossier_count (request_id, row_number, service_area, received, handled)
                        values (?, ?, ?, ?, ?)""",
                rows, BATCH, (ps, row) -> {
                    ps.setString(1, requestId);
                    ps.setInt(2, row.row());
                    ps.setString(3, row.serviceArea());
                    ps.setLong(4, row.received());
                    ps.setLong(5, row.handled());
                });
    }

    Optional<DossierSummary> dossierSummary(String requestId) {
        return jdbc.query("""
                        select f.template, f.attached_by, f.attached_at, count(c.row_number) areas,
                               coalesce(sum(c.received), 0) received, coalesce(sum(c.handled), 0) handled
                        from sampling_dossier_frame f left join sampling_dossier_count c on c.request_id = f.request_id
                        where f.request_id = ? group by f.template, f.attached_by, f.attached_at""",
                (rs, n) -> new DossierSummary(rs.getString("template"), rs.getLong("areas"), rs.getLong("received"),
                        rs.getLong("handled"), rs.getString("attached_by"), rs.getTimestamp("attached_at").toInstant()),
                requestId).stream().findFirst();
    }

    List<DossierCount> dossiers(String requestId) {
        return jdbc.query("""
                        select row_number, service_area, received, handled from sampling_dossier_count
                        where request_id = ? order by row_number""",
                (rs, n) -> new DossierCount(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), requestId);
    }

    /**
     * The frames of every APPROVED request of a round, in one query and in unit then row order: the survey draws
     * its sample from these, so 33,000 villages must not cost a query per unit.
     */
    List<ApprovedFrame> approved(String roundId) {
        List<ApprovedFrame> frames = new ArrayList<>();
        List<FrameRow> rows = new ArrayList<>();
        String[] current = new String[3];
        jdbc.query("""
                        select q.unit_id, q.id, f.template, r.row_number, r.commune_code, r.commune_name,
                               r.village_name, r.households, r.population
                        from sampling_request q
                        join sampling_frame f on f.request_id = q.id
                        join sampling_frame_row r on r.request_id = q.id
                        where q.round_id = ? and q.state = ?
                        order by q.unit_id, r.row_number""",
                rs -> {
                    String unit = rs.getString(1);
                    if (!unit.equals(current[0])) {
                        if (current[0] != null) {
                            frames.add(new ApprovedFrame(current[0], current[1], current[2], rows));
                            rows.clear();
                        }
                        current[0] = unit;
                        current[1] = rs.getString(2);
                        current[2] = rs.getString(3);
                    }
                    rows.add(new FrameRow(rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getLong(8), rs.getLong(9)));
                }, roundId, SamplingState.APPROVED.name());
        if (current[0] != null) {
            frames.add(new ApprovedFrame(current[0], current[1], current[2], rows));
        }
        return frames;
    }
}
