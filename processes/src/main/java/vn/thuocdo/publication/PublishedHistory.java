package vn.thuocdo.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * A publication's totals as next year's history sees them ({@code published_result}, V24): the SIPAS share as a
 * percentage ({@code sipas}) and the PAR INDEX percentage ({@code par}) of every unit of the register, one batch of
 * kind PUBLISHED with source ROUND. Like a re-import, a correction's batch marks the rows of the year and measure it
 * replaces as superseded, never deleting them.
 */
@Component
class PublishedHistory {

    static final String SOURCE = "ROUND";
    static final String KIND = "PUBLISHED";

    private final JdbcClient db;

    PublishedHistory(JdbcClient db) {
        this.db = db;
    }

    /** Writes the totals of the frozen publication; returns how many values it wrote. */
    int record(Publication p) {
        List<Object[]> values = db.sql("select r.unit_id, r.measure, r.estimate, r.unit_rank, r.result_group"
                        + " from publication_result r join unit u on u.id = r.unit_id"
                        + " where r.publication_id = ? and r.measure in ('sipas:overall', 'par:percent')"
                        + " and r.estimate is not null order by r.unit_id, r.measure")
                .param(p.id()).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getDouble(3),
                        rs.getObject(4), rs.getString(5)}).list();
        String batch = UUID.randomUUID().toString();
        Timestamp at = Timestamp.from(p.publishedAt());
        db.sql("insert into history_batch (id, kind, file_name, row_count, replaced, imported_by, imported_name,"
                        + " imported_at) values (?, ?, ?, ?, 0, ?, ?, ?)")
                .params(batch, KIND, p.code(), values.size(), p.publishedBy(), p.publishedByName(), at).update();
        int replaced = 0;
        for (String measure : List.of("sipas", "par")) {
            replaced += db.sql("update published_result set superseded_by = ?, superseded_at = ?"
                    + " where result_year = ? and measure = ? and superseded_by is null")
                    .params(batch, at, p.year(), measure).update();
        }
        for (Object[] v : values) {
            boolean sipas = "sipas:overall".equals(v[1]);
            // SIPAS is kept as a share 0..1, the history in percent as published (83,94).
            BigDecimal value = BigDecimal.valueOf((Double) v[2]).multiply(BigDecimal.valueOf(sipas ? 100 : 1))
                    .setScale(2, RoundingMode.HALF_UP);
            db.sql("insert into published_result (id, unit_id, result_year, measure, result_value, result_rank,"
                            + " result_group, source, batch_id, imported_by, imported_name, imported_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID().toString(), v[0], p.year(), sipas ? "sipas" : "par", value,
                            v[3] == null ? null : ((Number) v[3]).intValue(), sipas ? null : v[4], SOURCE, batch,
                            p.publishedBy(), p.publishedByName(), at).update();
        }
        db.sql("update history_batch set replaced = ? where id = ?").params(replaced, batch).update();
        return values.size();
    }
}
