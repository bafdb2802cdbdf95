package vn.thuocdo.compilation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.SurveyData;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * A round's officials' responses (the questionnaire of the officials' index definition, {@code par-officials@1},
 * answered through the links mailed to each listed official) as the estimator reads them, in one streamed query.
 * The design [A] (docs/compilation.md "Officials' index"): a census of the officials each unit lists, not a sample,
 * so weight 1 per response, stratum = the unit, and the whole unit one cluster: there is no sampling error to
 * estimate, and the estimator then gives each unit its shares with no standard error. Domain = the unit, provinces
 * and ministries alike. Read in a fixed order (unit, response id) so a recompute and a replication package add the
 * same sums in the same order.
 */
@Component
class OfficialsRows {

    private static final String QUERY = """
            select r.unit_id, r.answers
            from survey_response r
            where r.round_id = ? and r.questionnaire = ?
            order by r.unit_id, r.id""";
    /** A census: every listed official who answered counts once. */
    private static final double WEIGHT = 1.0;

    private final JdbcTemplate cursor;

    OfficialsRows(DataSource dataSource) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(2_000);
    }

    /** What was read: the data and each unit's respondents. */
    record Loaded(SurveyData data, Map<String, Long> respondents) {
    }

    Loaded load(String roundId, IndexDefinition definition) {
        SurveyData.Builder builder = new SurveyData.Builder(definition);
        // The respondent section (role, kind of agency, years) and the free-text suggestion are not items: skipped.
        AnswerCodes answers = new AnswerCodes(definition);
        Map<String, Long> respondents = new HashMap<>();
        cursor.query(QUERY, rs -> {
            String unit = rs.getString(1);
            builder.add(unit, unit, WEIGHT, unit, answers.of(rs.getString(2)));
            respondents.merge(unit, 1L, Long::sum);
        }, roundId, definition.questionnaire());
        return new Loaded(builder.build(), respondents);
    }
}
