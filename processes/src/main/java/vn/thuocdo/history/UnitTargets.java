package vn.thuocdo.history;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Units' targets (SIPAS ≥ 90 by 2025, as a province set itself), entered on screen or imported from Excel by the
 * coordinating ministry. A change is a new row; the one it replaces is kept, marked superseded, and the audit says
 * the old and new value. {@link #statuses} judges each by the latest own or continued value in or before its year.
 */
@Service
public class UnitTargets {

    private static final int C_UNIT = 0, C_MEASURE = 1, C_YEAR = 2, C_VALUE = 3, C_NOTE = 4;

    private final JdbcClient db;
    private final Units units;
    private final PublishedResults results;
    private final AuditLog audit;
    private final Clock clock;
    private final HistoryFiles files;

    UnitTargets(JdbcClient db, Units units, PublishedResults results, AuditLog audit, Clock clock, HistoryFiles files) {
        this.db = db;
        this.units = units;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
        this.files = files;
    }

    public byte[] template(Actor actor) {
        HistoryAccess.requireNational(actor);
        return files.template(HistoryLayout.TARGETS);
    }

    /** Sets one target from the screen, replacing the unit's current one for the same measure and year. */
    @Transactional
    public UnitTarget set(String unitCode, String measure, String year, String value, String note, Actor actor) {
        HistoryAccess.requireNational(actor);
        SheetRow row = new SheetRow(0, java.util.Arrays.asList(unitCode, measure, year, value, note));
        return save(parse(List.of(row)), null, actor).get(0);
    }

    @Transactional
    public HistoryBatch importWorkbook(InputStream in, long size, String fileName, Actor actor) {
        HistoryAccess.requireNational(actor);
        return importRows(files.read(in, size, HistoryLayout.TARGETS), fileName, actor);
    }

    /** Imports targets all or nothing, each replacing the unit's current target for its measure and year. */
    @Transactional
    public HistoryBatch importRows(List<SheetRow> rows, String fileName, Actor actor) {
        HistoryAccess.requireNational(actor);
        List<Object[]> parsed = parse(rows);
        if (parsed.isEmpty()) {
            throw new InvalidHistoryWorkbook(List.of(HistoryRowError.ofFile("history.workbook.empty")));
        }
        String batch = UUID.randomUUID().toString();
        HistoryBatches.insert(db, batch, HistoryBatch.Kind.TARGETS, fileName, parsed.size(), actor,
                Timestamp.from(clock.instant()));
        save(parsed, batch, actor);
        return HistoryBatches.get(db, batch);
    }

    /** The rows as (unit id, measure, year, value, note); any refused row refuses them all. */
    private List<Object[]> parse(List<SheetRow> rows) {
        RowChecks checks = new RowChecks(units.allOf(UnitKind.PROVINCE, UnitKind.MINISTRY), HistoryLayout.TARGETS);
        int latest = TimeZones.today(clock).getYear() + RowChecks.TARGET_YEARS_AHEAD;
        Map<String, Integer> seen = new HashMap<>();
        List<Object[]> parsed = new ArrayList<>();
        for (SheetRow row : rows) {
            if (checks.full()) {
                break;
            }
            String code = checks.required(row, C_UNIT);
            String measure = checks.measure(row, C_MEASURE, checks.required(row, C_MEASURE));
            Integer year = checks.year(row, C_YEAR, checks.required(row, C_YEAR), latest, "history.row.farYear");
            BigDecimal value = checks.value(row, C_VALUE, checks.required(row, C_VALUE));
            String note = checks.note(row, C_NOTE, RowChecks.cleaned(row, C_NOTE));
            Unit unit = checks.unit(row, C_UNIT, code, year);
            if (unit == null || measure == null || year == null || value == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(unit.id() + "|" + measure + "|" + year, row.row());
            if (first != null) {
                checks.error(row.row(), null, "history.row.duplicate", first);
                continue;
            }
            parsed.add(new Object[] {unit.id(), measure, year, value, note});
        }
        if (!checks.errors().isEmpty()) {
            throw new InvalidHistoryWorkbook(checks.errors());
        }
        return parsed;
    }

    private List<UnitTarget> save(List<Object[]> rows, String batch, Actor actor) {
        Timestamp now = Timestamp.from(clock.instant());
        audit.remember(actor);
        List<UnitTarget> saved = new ArrayList<>();
        for (Object[] r : rows) {
            String id = UUID.randomUUID().toString();
            List<BigDecimal> before = db.sql("""
                            select target_value from unit_target where unit_id = ? and measure = ? and target_year = ?
                            and superseded_at is null""").params(r[0], r[1], r[2]).query(BigDecimal.class).list();
            db.sql("""
                            update unit_target set superseded_by = ?, superseded_at = ?
                            where unit_id = ? and measure = ? and target_year = ? and superseded_at is null""")
                    .params(id, now, r[0], r[1], r[2]).update();
            db.sql("""
                            insert into unit_target (id, unit_id, measure, target_year, comparator, target_value, note,
                            source, batch_id, set_by, set_name, set_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, r[0], r[1], r[2], UnitTarget.AT_LEAST, r[3], r[4],
                            batch == null ? "entered" : "imported", batch, actor.username(),
                            HistoryBatches.name(actor), now).update();
            audit.record(actor.username(), actor.unitId(), "history.target.set", r[0] + " " + r[1] + " " + r[2],
                    ">= " + ((BigDecimal) r[3]).toPlainString()
                            + (before.isEmpty() ? "" : " (was >= " + RowChecks.plain(before.get(0)).toPlainString() + ")")
                            + (batch == null ? "" : ", batch " + batch)
                            + (r[4] == null ? "" : ", note: " + HistoryBatches.cut((String) r[4], 200)));
            saved.add(get(id));
        }
        return saved;
    }

    /** A unit's current targets, each met or not, for a person who may see the unit. */
    @Transactional(readOnly = true)
    public List<TargetStatus> statusesFor(Actor actor, String unitId) {
        HistoryAccess.requireSees(actor, unitId);
        return statuses(current("t.unit_id = ?", unitId));
    }

    /** Every unit's current targets, for the coordinating ministry. */
    @Transactional(readOnly = true)
    public List<TargetStatus> all(Actor actor) {
        HistoryAccess.requireNational(actor);
        return statuses(current("1 = ?", 1));
    }

    /** The targets in force (not superseded) matching a condition, in unit code order. */
    private List<UnitTarget> current(String where, Object arg) {
        return db.sql("select t.*, u.name from unit_target t join unit u on u.id = t.unit_id where " + where
                        + " and t.superseded_at is null order by u.code, t.unit_id, t.measure, t.target_year")
                .param(arg).query(UnitTargets::map).list();
    }

    private UnitTarget get(String id) {
        return db.sql("select t.*, u.name from unit_target t join unit u on u.id = t.unit_id where t.id = ?")
                .param(id).query(UnitTargets::map).single();
    }

    private List<TargetStatus> statuses(List<UnitTarget> targets) {
        Map<String, List<SeriesPoint>> series = new HashMap<>();
        return targets.stream().map(t -> status(t, series.computeIfAbsent(t.unitId() + "|" + t.measure(),
                k -> results.series(t.unitId(), t.measure())))).toList();
    }

    /** Met or not by the latest value that stands for the unit (its own or continued) in or before the target year. */
    static TargetStatus status(UnitTarget target, List<SeriesPoint> series) {
        return series.stream().filter(p -> p.comparability().direct() && p.year() <= target.year())
                .max(Comparator.comparingInt(SeriesPoint::year))
                .map(p -> new TargetStatus(target, p.value().compareTo(target.value()) >= 0
                        ? TargetStatus.State.MET : TargetStatus.State.NOT_MET, p))
                .orElse(new TargetStatus(target, TargetStatus.State.NO_RESULT, null));
    }

    private static UnitTarget map(ResultSet rs, int n) throws SQLException {
        return new UnitTarget(rs.getString("id"), rs.getString("unit_id"), rs.getString("name"),
                rs.getString("measure"), rs.getInt("target_year"), RowChecks.plain(rs.getBigDecimal("target_value")),
                rs.getString("note"), rs.getString("set_by"), rs.getString("set_name"),
                PublishedResults.instant(rs.getTimestamp("set_at")));
    }
}
