package vn.thuocdo.units;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The register of administrative units. */
@Service
public class Units {

    private final JdbcClient db;
    private final CommuneRegister communes;
    private final java.time.Clock clock;

    Units(JdbcClient db, CommuneRegister communes, java.time.Clock clock) {
        this.db = db;
        this.communes = communes;
        this.clock = clock;
    }

    public Optional<Unit> find(String id) {
        return db.sql("select * from unit where id = ?").param(id).query(Units::map).optional();
    }

    public Unit get(String id) {
        return find(id).orElseThrow(() -> new vn.thuocdo.shared.Rejected("unit.unknown", id));
    }

    /** Units of a kind that exist on the given day and take part in the evaluation, in code order. */
    public List<Unit> evaluatedOn(UnitKind kind, LocalDate day) {
        return db.sql("""
                        select * from unit where kind = ? and par_evaluated = true
                        and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)
                        order by code""")
                .param(kind.name()).param(Date.valueOf(day)).param(Date.valueOf(day))
                .query(Units::map).list();
    }

    /** A province's registered departments and communes that exist on the given day, in code order. */
    public List<Unit> childrenOn(String parentId, LocalDate day) {
        return db.sql("""
                        select * from unit where parent_id = ?
                        and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)
                        order by kind, code""")
                .param(parentId).param(Date.valueOf(day)).param(Date.valueOf(day))
                .query(Units::map).list();
    }

    /**
     * Registers a department or commune of a province, by the province's coordinator. Its id is the province's
     * followed by the code ({@code T34-31.SYT}), so it is unique and tells where it belongs.
     */
    @org.springframework.transaction.annotation.Transactional
    public Unit register(String provinceId, UnitKind kind, String code, String name, vn.thuocdo.identity.Actor actor) {
        Unit province = get(provinceId);
        if (!actor.has(vn.thuocdo.identity.Role.MINISTRY_COORDINATOR) || !actor.actsFor(provinceId)) {
            throw new vn.thuocdo.identity.AccessDenied(actor.username(), "units:" + provinceId);
        }
        if (province.kind() != UnitKind.PROVINCE || (kind != UnitKind.DEPARTMENT && kind != UnitKind.COMMUNE)) {
            throw new vn.thuocdo.shared.Rejected("units.onlyProvinceChildren");
        }
        String c = code == null ? "" : code.strip().toUpperCase();
        String n = name == null ? "" : name.strip();
        if (!c.matches("[A-Z0-9]{2,10}")) {
            throw new vn.thuocdo.shared.Rejected("units.badCode");
        }
        if (kind == UnitKind.COMMUNE) {
            n = communeOfTheRegister(province, c).name();
        }
        if (n.isEmpty() || n.length() > 200) {
            throw new vn.thuocdo.shared.Rejected("units.nameRequired");
        }
        String id = provinceId + "." + c;
        if (find(id).isPresent()) {
            throw new vn.thuocdo.shared.Rejected("units.exists", id);
        }
        db.sql("""
                        insert into unit (id, code, name, kind, valid_from, valid_to, par_evaluated, parent_id)
                        values (?, ?, ?, ?, null, null, true, ?)""")
                .params(id, c, n, kind.name(), provinceId).update();
        return get(id);
    }

    /**
     * A commune a province registers is one of its communes in the register today, under the register's name: a
     * code typed by hand ({@code P0001}) would name no real commune, and its frame rows could match nothing.
     */
    private Commune communeOfTheRegister(Unit province, String code) {
        return communes.communesOf(province.id(), vn.thuocdo.shared.TimeZones.today(clock)).stream()
                .filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new vn.thuocdo.shared.Rejected("units.communeNotInRegister", code, province.name()));
    }

    /** Names by id, for screens that list many units. */
    public Map<String, Unit> byId(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.sql("select * from unit where id in (:ids)").param("ids", ids).query(Units::map).list()
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    /** Every unit of the given kinds, of any period (the 63 provinces and the 34 alike), in code order. */
    public List<Unit> allOf(UnitKind... kinds) {
        return db.sql("select * from unit where kind in (:kinds) order by code, valid_from")
                .param("kinds", java.util.Arrays.stream(kinds).map(UnitKind::name).toList())
                .query(Units::map).list();
    }

    /** The earlier units a unit was formed from (the 63 to 34 crosswalk), for time series across years. */
    public List<Unit> predecessors(String id) {
        return db.sql("""
                        select u.* from unit u join unit_succession s on s.predecessor_id = u.id
                        where s.successor_id = ? order by u.code""")
                .param(id).query(Units::map).list();
    }

    /**
     * The crosswalk read forward: the later units each of the given ones became, by its id (a province merged on
     * 1 July 2025 has one). Units that became nothing are not in the map.
     */
    public Map<String, List<Unit>> successors(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Unit>> next = new java.util.LinkedHashMap<>();
        db.sql("""
                        select s.predecessor_id, u.* from unit u join unit_succession s on s.successor_id = u.id
                        where s.predecessor_id in (:ids) order by s.predecessor_id, u.code""")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getString("predecessor_id"), map(rs, n))).list()
                .forEach(e -> next.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return next;
    }

    static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getString("id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), toLocal(rs.getDate("valid_from")),
                toLocal(rs.getDate("valid_to")), rs.getBoolean("par_evaluated"), rs.getString("parent_id"));
    }

    private static LocalDate toLocal(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
