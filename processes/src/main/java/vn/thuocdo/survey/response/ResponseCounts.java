package vn.thuocdo.survey.response;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many answered, never who or what: the only read of responses officials get (the dashboard, the progress
 * screens). Counted by the database on the response index; no row leaves it.
 */
@Service
public class ResponseCounts {

    private final JdbcTemplate jdbc;

    ResponseCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Final responses per unit (province or ministry) of the round, citizens' and officials' together. */
    @Transactional(readOnly = true)
    public Map<String, Long> byUnit(String roundId) {
        return counts("select unit_id, count(*) from survey_response where round_id = ? group by unit_id", roundId);
    }

    /** Final citizens' responses per commune of one unit. */
    @Transactional(readOnly = true)
    public Map<String, Long> byCommune(String roundId, String unitId) {
        return counts("select commune_code, count(*) from survey_response where round_id = ? and unit_id = ?"
                + " and commune_code is not null group by commune_code", roundId, unitId);
    }

    /** Invited and answered per unit and key ({@code commune} for citizens, position group for officials). */
    public record Rate(String unitId, String key, long invited, long answered) {
    }

    /** Citizens' letters issued and answered, per unit and commune. */
    @Transactional(readOnly = true)
    public List<Rate> citizensByCommune(String roundId) {
        return rates("commune_code", "CITIZEN", roundId);
    }

    /** Officials invited and answered, per unit and position group. */
    @Transactional(readOnly = true)
    public List<Rate> officialsByGroup(String roundId) {
        return rates("position_group", "OFFICIAL", roundId);
    }

    private List<Rate> rates(String keyColumn, String kind, String roundId) {
        List<Rate> rates = new ArrayList<>();
        jdbc.query("select i.unit_id, i." + keyColumn + ", count(*), count(r.id) from survey_invitation i"
                + " left join survey_response r on r.invitation_id = i.id"
                + " where i.round_id = ? and i.kind = ? and (i.state = 'ISSUED' or r.id is not null)"
                + " group by i.unit_id, i." + keyColumn + " order by i.unit_id, i." + keyColumn, rs -> {
            rates.add(new Rate(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
        }, roundId, kind);
        return rates;
    }

    private Map<String, Long> counts(String sql, Object... args) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        }, args);
        return counts;
    }
}
