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

    Units(JdbcClient db) {
        this.db = db;
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

    /** Names by id, for screens that list many units. */
    public Map<String, Unit> byId(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.sql("select * from unit where id in (:ids)").param("ids", ids).query(Units::map).list()
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    /** The earlier units a unit was formed from (the 63 to 34 crosswalk), for time series across years. */
    public List<Unit> predecessors(String id) {
        return db.sql("""
                        select u.* from unit u join unit_succession s on s.predecessor_id = u.id
                        where s.successor_id = ? order by u.code""")
                .param(id).query(Units::map).list();
    }

    static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getString("id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), toLocal(rs.getDate("valid_from")),
                toLocal(rs.getDate("valid_to")), rs.getBoolean("par_evaluated"));
    }

    private static LocalDate toLocal(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
