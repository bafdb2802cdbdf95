package vn.thuocdo.publication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The frozen numbers of publications, read from {@code publication_result} only: what the reports, the open data and
 * the public site show. Nothing here reads a result version that was not published.
 */
@Component("publicationResults") // vn.thuocdo.history.PublishedResults, the imported past years, holds the default name
public class PublishedResults {

    private final JdbcClient db;

    PublishedResults(JdbcClient db) {
        this.db = db;
    }

    /** Every number of one publication, by unit and measure. */
    public List<PublishedValue> values(String publicationId) {
        return db.sql("select unit_id, unit_name, unit_kind, measure, estimate, se, ci_low, ci_high, n, points,"
                        + " max_points, unit_rank, rank_low, rank_high, not_different, result_group, note"
                        + " from publication_result where publication_id = ? order by unit_kind, unit_id, measure")
                .param(publicationId).query((rs, i) -> value(rs)).list();
    }

    private static PublishedValue value(ResultSet rs) throws SQLException {
        String different = rs.getString("not_different");
        return new PublishedValue(rs.getString("unit_id"), rs.getString("unit_name"), rs.getString("unit_kind"),
                rs.getString("measure"), number(rs, "estimate"), number(rs, "se"), number(rs, "ci_low"),
                number(rs, "ci_high"), whole(rs, "n"), rs.getBigDecimal("points"), rs.getBigDecimal("max_points"),
                integer(rs, "unit_rank"), integer(rs, "rank_low"), integer(rs, "rank_high"),
                different == null || different.isBlank() ? List.of() : Arrays.asList(different.split(",")),
                rs.getString("result_group"), rs.getString("note"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Long whole(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
