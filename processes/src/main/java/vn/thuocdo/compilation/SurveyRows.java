package vn.thuocdo.compilation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.forms.index.ClusterTotals;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.SurveyAggregates;
import vn.thuocdo.forms.index.SurveyData;

import javax.sql.DataSource;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A round's accepted citizen responses as the estimator reads them: the online responses (every final response is
 * accepted) and the in-person interviews in state ACCEPTED, of the definition's questionnaire. The design: stratum =
 * the province (the response's unit), first-stage cluster = its commune, weight = the household slot's design weight,
 * or, for a replacement slot (which has none of its own), the weight of the slot it replaced. A response with no
 * weight that way (no invitation, or a replacement of a replacement) is left out and counted, never given a weight
 * of 1. Domain = the unit.
 * <p>
 * The estimator, its SEs and the replicates need only the sums per (unit, commune) ({@link ClusterTotals}), so those
 * are kept in {@code survey_totals} once built: a compilation then reads a few hundred lines, not a million answers.
 * They stand while every (unit, commune) still has the same number of responses (one {@code GROUP BY} count): the
 * responses only ever grow, so the same counts mean the same responses. Otherwise they are summed again from the rows
 * and stored. Exact sums make both ways, and a replication package built later, give the same last digits.
 */
@Component
class SurveyRows {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyRows.class);
    /** Unsorted: the sums are exact, the order they are read in changes nothing. */
    private static final String QUERY = """
            select r.unit_id, r.commune_code, coalesce(su.weight, ro.weight), r.answers,
                   coalesce(r.commune_code, su.commune_code)
            from survey_response r
            left join survey_invitation i on i.id = r.invitation_id
            left join survey_sample_unit su on su.id = i.sample_unit_id
            left join fieldwork_interview fo on fo.replaced_by = su.id
            left join survey_sample_unit ro on ro.id = fo.sample_unit_id
            where r.round_id = ? and r.questionnaire = ?
            union all
            select su.unit_id, su.commune_code, coalesce(su.weight, ro.weight), f.answers, su.commune_code
            from fieldwork_interview f
            join survey_sample_unit su on su.id = f.sample_unit_id
            left join fieldwork_interview fo on fo.replaced_by = su.id
            left join survey_sample_unit ro on ro.id = fo.sample_unit_id
            where f.round_id = ? and f.questionnaire = ? and f.state = 'ACCEPTED' and f.answers is not null""";
    /** The same responses counted per (unit, commune), weighted or not: what the stored totals were built from. */
    private static final String COUNTS = """
            select r.unit_id, r.commune_code, count(*)
            from survey_response r
            where r.round_id = ? and r.questionnaire = ?
            group by r.unit_id, r.commune_code
            union all
            select su.unit_id, su.commune_code, count(*)
            from fieldwork_interview f
            join survey_sample_unit su on su.id = f.sample_unit_id
            where f.round_id = ? and f.questionnaire = ? and f.state = 'ACCEPTED' and f.answers is not null
            group by su.unit_id, su.commune_code""";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SurveyRows(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.cursor = new JdbcTemplate(dataSource);
        // Inside the caller's transaction (autocommit off) PostgreSQL's driver then reads through a cursor.
        this.cursor.setFetchSize(2_000);
        // Stored apart from the caller, which may be read-only (the replication package) or roll back (a refused
        // version): the totals are true of the responses whatever becomes of it.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What was read: the data, each domain's respondents and their total weight, and the rows left out. */
    record Loaded(SurveyData data, Map<String, Long> respondents, Map<String, Double> weights, int responses,
                  int unweighted) {
    }

    /** The stored form: the guard's counts, the aggregates and the domains as text. */
    private record Stored(String counts, String aggregates, String domains, int responses, int unweighted) {

        Loaded loaded(IndexDefinition definition) {
            // No weighted response: no line under the header, and nothing for the estimator.
            SurveyData data = aggregates.indexOf('\n') >= aggregates.length() - 1
                    ? new SurveyData.Builder(definition).build()
                    : SurveyAggregates.read(definition, new StringReader(aggregates));
            Map<String, Long> respondents = new LinkedHashMap<>();
            Map<String, Double> weights = new LinkedHashMap<>();
            for (String line : domains.split("\n")) {
                if (!line.isEmpty()) {
                    String[] f = line.split(",", -1);
                    respondents.put(f[0], Long.parseLong(f[1]));
                    weights.put(f[0], Double.parseDouble(f[2]));
                }
            }
            return new Loaded(data, respondents, weights, responses, unweighted);
        }
    }

    Loaded load(String roundId, IndexDefinition definition) {
        String questionnaire = definition.questionnaire();
        String counts = counts(roundId, questionnaire);
        Optional<Stored> stored = jdbc.query("""
                        select counts, aggregates, domains, responses, unweighted from survey_totals
                        where round_id = ? and definition = ?""",
                (rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)), roundId, definition.reference()).stream().findFirst();
        if (stored.isPresent() && stored.get().counts().equals(counts)) {
            return stored.get().loaded(definition);
        }
        Stored built = build(roundId, definition);
        store(roundId, definition, built);
        // Read back from the text stored, so this answer and every later one are the same to the last bit.
        return built.loaded(definition);
    }

    private String counts(String roundId, String questionnaire) {
        Map<String, Long> perPair = new TreeMap<>();
        jdbc.query(COUNTS, rs -> {
            perPair.merge(rs.getString(1) + "," + rs.getString(2), rs.getLong(3), Long::sum);
        }, roundId, questionnaire, roundId, questionnaire);
        return lines(perPair);
    }

    private static String lines(Map<String, Long> perPair) {
        StringBuilder text = new StringBuilder();
        perPair.forEach((pair, n) -> text.append(pair).append(',').append(n).append('\n'));
        return text.toString();
    }

    /** Every response read once, its answers coded by the definition's rule and summed per (unit, commune). */
    private Stored build(String roundId, IndexDefinition definition) {
        ClusterTotals totals = new ClusterTotals(definition);
        AnswerCodes answers = new AnswerCodes(definition);
        Map<String, Long> counted = new TreeMap<>();
        int[] unweighted = {0};
        String questionnaire = definition.questionnaire();
        cursor.query(QUERY, rs -> {
            String unit = rs.getString(1);
            String commune = rs.getString(2);
            counted.merge(unit + "," + commune, 1L, Long::sum);
            double weight = rs.getDouble(3);
            if (rs.wasNull() || !(weight > 0)) {
                unweighted[0]++;
                return;
            }
            // A weighted response has its slot, hence its commune, even where the response row kept none.
            totals.add(unit, rs.getString(5), unit, weight, answers.of(rs.getString(4)));
        }, roundId, questionnaire, roundId, questionnaire);
        StringWriter aggregates = new StringWriter();
        SurveyAggregates.write(definition, totals.data(), aggregates);
        StringBuilder domains = new StringBuilder();
        totals.domains().forEach((domain, d) -> domains.append(domain).append(',').append(d.respondents())
                .append(',').append(d.weight()).append('\n'));
        return new Stored(lines(counted), aggregates.toString(), domains.toString(),
                totals.rows() + unweighted[0], unweighted[0]);
    }

    private void store(String roundId, IndexDefinition definition, Stored built) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update("delete from survey_totals where round_id = ? and definition = ?", roundId,
                        definition.reference());
                jdbc.update("""
                                insert into survey_totals (round_id, definition, counts, aggregates, domains, responses,
                                unweighted, built_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", roundId,
                        definition.reference(), built.counts(), built.aggregates(), built.domains(),
                        built.responses(), built.unweighted(), Timestamp.from(clock.instant()));
            });
        } catch (DataAccessException raced) {
            // Another compilation stored the same totals meanwhile: they are built again next time if not.
            LOG.warn("Survey totals of round {} under {} not stored: {}", roundId, definition.reference(),
                    raced.getMessage());
        }
    }
}
