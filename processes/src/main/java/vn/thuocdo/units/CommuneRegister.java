package vn.thuocdo.units;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The communes each province has on a given day, from the register the migrations load. A province with none on
 * that day (the 63 provinces before July 2025, or a register not yet shipped) has no register: callers then keep
 * to what they can check without it.
 */
@Service
public class CommuneRegister {

    private static final String VALID_ON = "province_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)";

    private final JdbcClient db;

    CommuneRegister(JdbcClient db) {
        this.db = db;
    }

    /** Whether the province has a register on the day. */
    public boolean hasCommunes(String provinceId, LocalDate day) {
        return db.sql("select count(*) from commune where " + VALID_ON)
                .params(provinceId, Date.valueOf(day), Date.valueOf(day)).query(Long.class).single() > 0;
    }

    /** The codes of the province's communes on the day; empty when it has no register then. */
    public Set<String> codesOf(String provinceId, LocalDate day) {
        return new HashSet<>(db.sql("select code from commune where " + VALID_ON)
                .params(provinceId, Date.valueOf(day), Date.valueOf(day)).query(String.class).list());
    }

    /** The province's communes on the day, in code order, for screens. */
    public List<Commune> communesOf(String provinceId, LocalDate day) {
        return db.sql("select * from commune where " + VALID_ON + " order by code")
                .params(provinceId, Date.valueOf(day), Date.valueOf(day)).query(CommuneRegister::map).list();
    }

    private static Commune map(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new Commune(rs.getString("code"), rs.getString("name"), rs.getString("province_id"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }
}
