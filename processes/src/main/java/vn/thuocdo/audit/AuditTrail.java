package vn.thuocdo.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.shared.TimeZones;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit trail a page at a time, newest first, over every event kept. */
@Service
public class AuditTrail {

    private final JdbcClient db;

    AuditTrail(JdbcClient db) {
        this.db = db;
    }

    /** One page of the events the query selects, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditQuery query, int offset, int limit) {
        Where where = where(query);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        params.add(offset);
        // The name kept with the row, else (rows older than names) the one the person last signed in with.
        return db.sql("""
                        select e.*, coalesce(e.actor_name, p.display_name) as shown_name
                        from audit_event e left join audit_person p on p.username = e.actor"""
                        + where.sql + " order by e.at desc, e.id desc limit ? offset ?")
                .params(params).query(AuditTrail::event).list();
    }

    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        Where where = where(query);
        return db.sql("select count(*) from audit_event e left join audit_person p on p.username = e.actor" + where.sql)
                .params(where.params).query(Integer.class).single();
    }

    /** Every action recorded so far, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return db.sql("select distinct action from audit_event order by action").query(String.class).list();
    }

    /** Every unit that appears in the trail, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> units() {
        return db.sql("select distinct unit_id from audit_event where unit_id is not null order by unit_id")
                .query(String.class).list();
    }

    private static Where where(AuditQuery query) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (query.person() != null) {
            sql.append(" and (lower(e.actor) like lower(?) or lower(coalesce(e.actor_name, p.display_name, '')) like lower(?))");
            // Lowered by the database on both sides: its idea of Vietnamese capitals (Đ, Ư) is the one the rows meet.
            String like = "%" + query.person().replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
        }
        if (query.unitId() != null) {
            sql.append(" and e.unit_id = ?");
            params.add(query.unitId());
        }
        if (query.action() != null) {
            sql.append(" and e.action = ?");
            params.add(query.action());
        }
        if (query.from() != null) {
            sql.append(" and e.at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(TimeZones.VIETNAM).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and e.at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(TimeZones.VIETNAM).toInstant()));
        }
        return new Where(sql.isEmpty() ? "" : " where " + sql.substring(" and ".length()), params);
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("unit_id"), rs.getString("action"), rs.getString("target"), rs.getString("outcome"),
                rs.getString("detail"), rs.getString("shown_name"));
    }

    private record Where(String sql, List<Object> params) {
    }
}
