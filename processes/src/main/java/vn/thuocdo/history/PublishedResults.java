package vn.thuocdo.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Past years' published results: imported from the Excel template all or nothing, a re-import of a (year, measure)
 * replacing its rows as a new batch (the old ones kept, marked superseded), and read back as a unit's series across
 * the 2025 reorganisation ({@link #series}) or as a units × years table.
 */
@Service
public class PublishedResults {

    private static final int C_UNIT = 0, C_YEAR = 1, C_MEASURE = 2, C_VALUE = 3, C_RANK = 4, C_GROUP = 5;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    private final HistoryFiles files;

    PublishedResults(JdbcClient db, JdbcTemplate jdbc, Units units, AuditLog audit, Clock clock, HistoryFiles files) {
        this.db = db;
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.files = files;
    }

    /** The template to fill, for the coordinator. */
    public byte[] template(Actor actor) {
        HistoryAccess.requireNational(actor);
        return files.template(HistoryLayout.RESULTS);
    }

    @Transactional
    public HistoryBatch importWorkbook(InputStream in, long size, String fileName, Actor actor) {
        HistoryAccess.requireNational(actor);
        return importRows(files.read(in, size, HistoryLayout.RESULTS), fileName, actor);
    }

    /**
     * Imports rows as one batch, or refuses them all with every row's reasons: an unknown code, a code that did not
     * exist that year, a year after this one, a value outside 0-100, a row repeated.
     */
    @Transactional
    public HistoryBatch importRows(List<SheetRow> rows, String fileName, Actor actor) {
        HistoryAccess.requireNational(actor);
        RowChecks checks = new RowChecks(units.allOf(UnitKind.PROVINCE, UnitKind.MINISTRY), HistoryLayout.RESULTS);
        int thisYear = TimeZones.today(clock).getYear();
        Map<String, Integer> seen = new HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        for (SheetRow row : rows) {
            if (checks.full()) {
                break;
            }
            String code = checks.required(row, C_UNIT);
            Integer year = checks.year(row, C_YEAR, checks.required(row, C_YEAR), thisYear, "history.row.futureYear");
            String measure = checks.measure(row, C_MEASURE, checks.required(row, C_MEASURE));
            BigDecimal value = checks.value(row, C_VALUE, checks.required(row, C_VALUE));
            Integer rank = checks.rank(row, C_RANK, RowChecks.cleaned(row, C_RANK));
            String group = checks.group(row, C_GROUP, RowChecks.cleaned(row, C_GROUP));
            Unit unit = checks.unit(row, C_UNIT, code, year);
            if (unit == null || measure == null || value == null || year == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(unit.id() + "|" + year + "|" + measure, row.row());
            if (first != null) {
                checks.error(row.row(), null, "history.row.duplicate", first);
                continue;
            }
            inserts.add(new Object[] {unit.id(), year, measure, value, rank, group});
        }
        if (!checks.errors().isEmpty()) {
            throw new InvalidHistoryWorkbook(checks.errors());
        }
        if (inserts.isEmpty()) {
            throw new InvalidHistoryWorkbook(List.of(HistoryRowError.ofFile("history.workbook.empty")));
        }
        return save(inserts, fileName, actor);
    }

    private HistoryBatch save(List<Object[]> rows, String fileName, Actor actor) {
        String batch = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        Map<String, Object[]> yearMeasures = new LinkedHashMap<>();
        rows.forEach(r -> yearMeasures.putIfAbsent(r[1] + "|" + r[2], r));
        HistoryBatches.insert(db, batch, HistoryBatch.Kind.RESULTS, fileName, rows.size(), actor, now);
        int replaced = 0;
        for (Object[] r : yearMeasures.values()) {
            replaced += db.sql("""
                            update published_result set superseded_by = ?, superseded_at = ?
                            where result_year = ? and measure = ? and superseded_by is null""")
                    .params(batch, now, r[1], r[2]).update();
        }
        List<Object[]> inserts = rows.stream().map(r -> new Object[] {UUID.randomUUID().toString(), r[0], r[1], r[2],
                r[3], r[4], r[5], batch, actor.username(), HistoryBatches.name(actor), now}).toList();
        jdbc.batchUpdate("""
                insert into published_result (id, unit_id, result_year, measure, result_value, result_rank,
                result_group, source, batch_id, imported_by, imported_name, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?, ?, ?)""", inserts);
        db.sql("update history_batch set replaced = ? where id = ?").params(replaced, batch).update();
        audit.remember(actor);
        audit.record(actor.username(), actor.unitId(), "history.results.import", batch,
                rows.size() + " rows, years " + new TreeSet<>(rows.stream().map(r -> (Integer) r[1]).toList())
                        + ", replaced " + replaced + (fileName == null ? "" : ", file " + HistoryBatches.cut(fileName, 100)));
        return HistoryBatches.get(db, batch);
    }

    /**
     * A unit's series of a measure, year by year. Its own values first; for a year it has none (before July 2025 for
     * a new province), its SIPAS recomputed from the merged provinces' microdata where the system holds that year's
     * round and published it ({@link RecomputedSipas}); else its predecessors' through the crosswalk: one
     * predecessor (an unchanged province) continues the series, several (a merger) are each shown as not directly
     * comparable, since only their published aggregates exist. Public figures once published: the caller decides who
     * may see them ({@link #seriesFor}).
     */
    @Transactional(readOnly = true)
    public List<SeriesPoint> series(String unitId, String measure) {
        if (units.find(unitId).isEmpty()) {
            // A department registered later, or a unit the register does not know: nothing was published for it.
            return List.of();
        }
        List<Unit> before = units.predecessors(unitId);
        SeriesPoint.Comparability theirs = before.size() == 1 ? SeriesPoint.Comparability.CONTINUED
                : SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE;
        List<SeriesPoint> own = current(List.of(unitId), measure, SeriesPoint.Comparability.OWN);
        TreeSet<Integer> ownYears = new TreeSet<>(own.stream().map(SeriesPoint::year).toList());
        List<SeriesPoint> points = new ArrayList<>(own);
        if (before.size() > 1) {
            recomputed(unitId, measure, before).stream().filter(p -> ownYears.add(p.year())).forEach(points::add);
        }
        if (!before.isEmpty()) {
            current(before.stream().map(Unit::id).toList(), measure, theirs).stream()
                    .filter(p -> !ownYears.contains(p.year())).forEach(points::add);
        }
        points.sort(java.util.Comparator.comparing(SeriesPoint::year).thenComparing(SeriesPoint::unitId));
        return points;
    }

    /** {@link #series} for a person: the coordinating ministry sees every unit, anyone else their own unit only. */
    public List<SeriesPoint> seriesFor(Actor actor, String unitId, String measure) {
        HistoryAccess.requireSees(actor, unitId);
        return series(unitId, measure);
    }

    /** The measures that have current values, sipas and par first. */
    public List<String> measures() {
        List<String> found = db.sql("select distinct measure from published_result where superseded_by is null")
                .query(String.class).list();
        TreeSet<String> all = new TreeSet<>(found);
        all.addAll(List.of("sipas", "par"));
        return all.stream().sorted(java.util.Comparator.comparing((String m) -> m.contains(":"))
                .thenComparing(m -> m.startsWith("par")).thenComparing(m -> m)).toList();
    }

    /** The latest {@code years} years of a measure, each unit with a value in them a row, in code order. */
    @Transactional(readOnly = true)
    public YearTable table(String measure, int years, Actor actor) {
        HistoryAccess.requireNational(actor);
        List<Integer> shown = db.sql("""
                        select distinct result_year from published_result where measure = ? and superseded_by is null
                        order by result_year desc""").param(measure).query(Integer.class).list()
                .stream().limit(years).sorted().toList();
        if (shown.isEmpty()) {
            return new YearTable(List.of(), List.of());
        }
        Map<String, Map<Integer, SeriesPoint>> byUnit = new LinkedHashMap<>();
        db.sql("""
                        select r.*, u.name from published_result r join unit u on u.id = r.unit_id
                        where r.measure = :measure and r.superseded_by is null and r.result_year in (:years)
                        order by u.code, u.valid_from, r.unit_id""")
                .param("measure", measure).param("years", shown)
                .query((rs, n) -> point(rs, SeriesPoint.Comparability.OWN)).list()
                .forEach(p -> byUnit.computeIfAbsent(p.unitId(), id -> new HashMap<>()).put(p.year(), p));
        Map<String, Unit> named = units.byId(byUnit.keySet());
        return new YearTable(shown, byUnit.entrySet().stream()
                .map(e -> new YearTable.Row(named.get(e.getKey()), e.getValue())).toList());
    }

    /** The last imports, newest first. */
    public List<HistoryBatch> batches(Actor actor) {
        HistoryAccess.requireNational(actor);
        return HistoryBatches.latest(db, 20);
    }

    private List<SeriesPoint> current(List<String> unitIds, String measure, SeriesPoint.Comparability comparability) {
        return db.sql("""
                        select r.*, u.name from published_result r join unit u on u.id = r.unit_id
                        where r.unit_id in (:units) and r.measure = :measure and r.superseded_by is null""")
                .param("units", unitIds).param("measure", measure)
                .query((rs, n) -> point(rs, comparability)).list();
    }

    /**
     * The unit's recomputed SIPAS of a history measure ({@code sipas} is the overall index, {@code sipas:<id>} an
     * element or part of the definition), in percent, one per year (the latest recompute), only of rounds with a
     * current publication: what was not published is not shown, here as on the public site.
     */
    private List<SeriesPoint> recomputed(String unitId, String measure, List<Unit> before) {
        List<String> measures = measure.equals("sipas") ? List.of("sipas:overall")
                : measure.startsWith("sipas:") && measure.indexOf(':', 6) < 0
                ? List.of("sipas:element:" + measure.substring(6), "sipas:part:" + measure.substring(6)) : List.of();
        if (measures.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        before.forEach(u -> names.put(u.id(), u.name()));
        Map<Integer, SeriesPoint> byYear = new LinkedHashMap<>();
        db.sql("""
                        select r.result_year, r.estimate, r.ci_low, r.ci_high, r.predecessors from recomputed_sipas r
                        where r.unit_id = :unit and r.measure in (:measures) and r.superseded_at is null
                        and r.estimate is not null and exists (select 1 from publication p
                        where p.round_id = r.round_id and p.state = 'CURRENT')
                        order by r.result_year, r.computed_at desc""")
                .param("unit", unitId).param("measures", measures)
                .query((rs, n) -> new SeriesPoint(rs.getInt("result_year"), unitId,
                        // The old provinces in the order stored (their codes'), by name.
                        String.join(", ", java.util.Arrays.stream(rs.getString("predecessors").split(","))
                                .map(id -> names.getOrDefault(id, id)).toList()),
                        percent(rs.getDouble("estimate")), null, null, SeriesPoint.Comparability.RECOMPUTED,
                        percent((Number) rs.getObject("ci_low")), percent((Number) rs.getObject("ci_high")))).list()
                .forEach(p -> byYear.putIfAbsent(p.year(), p));
        return List.copyOf(byYear.values());
    }

    /** A share (0..1) as the history's percent, two decimals as published. */
    private static BigDecimal percent(Number share) {
        return share == null ? null : RowChecks.plain(BigDecimal.valueOf(share.doubleValue() * 100)
                .setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static SeriesPoint point(ResultSet rs, SeriesPoint.Comparability comparability) throws SQLException {
        int rank = rs.getInt("result_rank");
        Integer shownRank = rs.wasNull() ? null : rank;
        return new SeriesPoint(rs.getInt("result_year"), rs.getString("unit_id"), rs.getString("name"),
                RowChecks.plain(rs.getBigDecimal("result_value")), shownRank, rs.getString("result_group"),
                comparability);
    }

    static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
