package vn.thuocdo.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.UUID;

/** The history of published results as an import leaves it, written by SQL for the history's tests. */
public final class PastResults {

    private PastResults() {
    }

    /** One published value ({@code published_result}) of a unit and year, imported in a batch of its own. */
    public static void past(JdbcClient db, String unit, int year, String measure, String value) {
        String batch = UUID.randomUUID().toString();
        db.sql("insert into history_batch (id, kind, file_name, row_count, replaced, imported_by, imported_name,"
                + " imported_at) values (?, 'RESULTS', 'lich-su.xlsx', 1, 0, 'dieuphoi', 'Điều phối', now())")
                .param(batch).update();
        db.sql("insert into published_result (id, unit_id, result_year, measure, result_value, source, batch_id,"
                        + " imported_by, imported_name, imported_at) values (?, ?, ?, ?, ?, 'imported', ?,"
                        + " 'dieuphoi', 'Điều phối', now())")
                .params(UUID.randomUUID().toString(), unit, year, measure, new BigDecimal(value), batch).update();
    }
}
