package vn.thuocdo.compilation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.SurveyData;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A round's accepted citizen responses as the estimator reads them, in one streamed query: the online responses
 * (every final response is accepted) and the in-person interviews in state ACCEPTED, of the definition's
 * questionnaire. The design: stratum = the province (the response's unit), first-stage cluster = its commune,
 * weight = the household slot's design weight, or, for a replacement slot (which has none of its own), the weight of
 * the slot it replaced. A response with no weight that way (no invitation, or a replacement of a replacement) is left
 * out and counted, never given a weight of 1. Domain = the unit. Read in a fixed order (unit, commune, response id):
 * the strata and clusters are numbered as they first appear, the seeded replicates draw clusters by those numbers and
 * the weighted sums add in row order, so the same data must come in the same order for a recompute, or a replication
 * package built later, to give the same rank intervals and the same last digits.
 */
@Component
class SurveyRows {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String QUERY = """
            select r.unit_id, r.commune_code, coalesce(su.weight, ro.weight), r.answers, r.id
            from survey_response r
            left join survey_invitation i on i.id = r.invitation_id
            left join survey_sample_unit su on su.id = i.sample_unit_id
            left join fieldwork_interview fo on fo.replaced_by = su.id
            left join survey_sample_unit ro on ro.id = fo.sample_unit_id
            where r.round_id = ? and r.questionnaire = ?
            union all
            select su.unit_id, su.commune_code, coalesce(su.weight, ro.weight), f.answers, f.id
            from fieldwork_interview f
            join survey_sample_unit su on su.id = f.sample_unit_id
            left join fieldwork_interview fo on fo.replaced_by = su.id
            left join survey_sample_unit ro on ro.id = fo.sample_unit_id
            where f.round_id = ? and f.questionnaire = ? and f.state = 'ACCEPTED' and f.answers is not null
            order by 1, 2, 5""";

    private final JdbcTemplate cursor;

    SurveyRows(DataSource dataSource) {
        this.cursor = new JdbcTemplate(dataSource);
        // Inside the caller's transaction (autocommit off) PostgreSQL's driver then reads through a cursor.
        this.cursor.setFetchSize(2_000);
    }

    /** What was read: the data, each domain's respondents and their total weight, and the rows left out. */
    record Loaded(SurveyData data, Map<String, Long> respondents, Map<String, Double> weights, int responses,
                  int unweighted) {
    }

    Loaded load(String roundId, IndexDefinition definition) {
        SurveyData.Builder builder = new SurveyData.Builder(definition);
        Map<String, Integer> itemIndex = new HashMap<>();
        for (int j = 0; j < definition.items().size(); j++) {
            itemIndex.put(definition.items().get(j), j);
        }
        Map<String, Long> respondents = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        int[] unweighted = {0};
        byte[] codes = new byte[definition.items().size()];
        String questionnaire = definition.questionnaire();
        cursor.query(QUERY, rs -> {
            double weight = rs.getDouble(3);
            if (rs.wasNull() || !(weight > 0)) {
                unweighted[0]++;
                return;
            }
            String unit = rs.getString(1);
            Arrays.fill(codes, SurveyData.NO_VALID_ANSWER);
            read(rs.getString(4), itemIndex, definition.answers(), codes);
            builder.add(unit, rs.getString(2), weight, unit, codes);
            respondents.merge(unit, 1L, Long::sum);
            weights.merge(unit, weight, Double::sum);
        }, roundId, questionnaire, roundId, questionnaire);
        return new Loaded(builder.build(), respondents, weights, builder.rows() + unweighted[0], unweighted[0]);
    }

    /** The items' answer codes from the stored JSON, token by token; a key the rule does not know counts as none. */
    private static void read(String json, Map<String, Integer> itemIndex, IndexDefinition.AnswerRule rule,
                             byte[] codes) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Integer item = itemIndex.get(parser.currentName());
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                    parser.skipChildren();
                } else if (item != null && value != JsonToken.VALUE_NULL) {
                    byte code = SurveyData.code(rule, parser.getText());
                    codes[item] = code < 0 ? SurveyData.NO_VALID_ANSWER : code;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
