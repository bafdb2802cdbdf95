package vn.thuocdo.compilation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.OfficialsMeasures;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.forms.replication.UnitInput;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a result version was computed from, read the way {@link IndexComputation} reads it, for the replication package
 * (#14): the SIPAS definition, the survey as the estimator reads it, the officials' index definition and the officials'
 * survey as the estimator reads it, every unit in the compilation's order with its scorecard, self-assessment state and
 * points, the rank intervals' replicates and seed, the grouping table, and the version's stored numbers to check a
 * package against. Here, beside the compilation, because the survey's reading ({@code SurveyRows}, {@code
 * OfficialsRows}) and the scorecard choice are the compilation's own package-private steps: one copy of each.
 */
@Component
public class CompilationInputs {

    private final JdbcClient db;
    private final SurveyRows surveyRows;
    private final OfficialsRows officialsRows;
    private final ScorecardLibrary scorecards;
    private final Units units;
    private final CompilationStore store;
    private final ParIndexGroups groups;
    private final int replicates;
    private final long seed;
    private final IndexDefinition definition;
    private final IndexDefinition officials;

    CompilationInputs(JdbcClient db, SurveyRows surveyRows, OfficialsRows officialsRows, ScorecardLibrary scorecards,
                      Units units, CompilationStore store, ParIndexGroups groups,
                      @Value("${thuocdo.compilation.replicates:1000}") int replicates,
                      @Value("${thuocdo.compilation.seed:1}") long seed) {
        this.db = db;
        this.surveyRows = surveyRows;
        this.officialsRows = officialsRows;
        IndexCatalogue catalogue = IndexCatalogue.load();
        this.definition = catalogue.get(IndexComputation.SIPAS_DEFINITION);
        this.officials = catalogue.get(OfficialsMeasures.DEFINITION);
        this.scorecards = scorecards;
        this.units = units;
        this.store = store;
        this.groups = groups;
        this.replicates = replicates;
        this.seed = seed;
    }

    /**
     * A version's inputs; {@code units} in the compilation's order, {@code scorecards} those the units used;
     * {@code officials} the officials' responses under {@code officialsDefinition} (a census: docs/compilation.md).
     */
    public record Inputs(ResultVersion version, int year, IndexDefinition definition, SurveyData survey,
                         List<UnitInput> units, List<Scorecard> scorecards, byte[] groupTable, int replicates,
                         long seed, IndexDefinition officialsDefinition, SurveyData officials) {
    }

    /**
     * Whether the compilation computed the version's numbers here (column {@code origin}); a version ENTERED as it
     * was compiled elsewhere has no inputs to recompute it from.
     */
    @Transactional(readOnly = true)
    public boolean computedHere(String versionId) {
        return db.sql("select origin from index_result_version where id = ?").param(versionId).query(String.class)
                .optional().map("COMPUTED"::equals).orElse(false);
    }

    /** Empty when there is no such version. */
    @Transactional(readOnly = true)
    public Optional<Inputs> of(String versionId) {
        Optional<ResultVersion> version = store.version(versionId);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String roundId = version.get().roundId();
        int year = db.sql("select round_year from evaluation_round where id = ?").param(roundId)
                .query(Integer.class).single();
        List<String> participants = db.sql("select unit_id from round_participant where round_id = ? order by unit_id")
                .param(roundId).query(String.class).list();
        Map<String, Unit> byId = units.byId(participants);
        Map<String, List<Row>> assessed = new LinkedHashMap<>();
        db.sql("""
                select a.unit_id, a.scorecard_id, a.state, v.code, v.points, v.appraised_points, v.final_points
                from self_assessment a
                left join self_assessment_value v on v.round_id = a.round_id and v.unit_id = a.unit_id
                where a.round_id = ? order by a.unit_id, v.code""").param(roundId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7))).list()
                .forEach(r -> assessed.computeIfAbsent(r.unitId(), u -> new ArrayList<>()).add(r));
        List<UnitInput> inputs = new ArrayList<>();
        Map<String, Scorecard> used = new LinkedHashMap<>();
        for (String unitId : participants) {
            Unit unit = byId.get(unitId);
            List<Row> rows = assessed.getOrDefault(unitId, List.of());
            // The same choice as the compilation: the scorecard the unit assessed on, else the one for its kind.
            Scorecard scorecard = rows.isEmpty() ? forKind(unit.kind(), year)
                    : scorecards.find(rows.get(0).scorecardId()).orElse(null);
            if (scorecard != null) {
                used.putIfAbsent(scorecard.id(), scorecard);
            }
            List<UnitInput.Points> points = rows.stream().filter(r -> r.code() != null)
                    .map(r -> new UnitInput.Points(r.code(), r.self(), r.appraised(), r.finalPoints())).toList();
            inputs.add(new UnitInput(unitId, unit.name(), unit.kind().name(),
                    scorecard == null ? null : scorecard.id(), rows.isEmpty() ? null : rows.get(0).state(), points));
        }
        SurveyData survey = surveyRows.load(roundId, definition).data();
        SurveyData officialsSurvey = officialsRows.load(roundId, officials).data();
        return Optional.of(new Inputs(version.get(), year, definition, survey, inputs, List.copyOf(used.values()),
                groups.decisionTable(), replicates, seed, officials, officialsSurvey));
    }

    /** The version's stored numbers, every measure. */
    @Transactional(readOnly = true)
    public List<IndexResult> numbers(String versionId) {
        return store.rows(versionId, "");
    }

    private Scorecard forKind(UnitKind kind, int year) {
        return switch (kind) {
            case PROVINCE -> scorecards.forYear(Scorecard.Kind.PROVINCE, year).orElse(null);
            case MINISTRY -> scorecards.forYear(Scorecard.Kind.MINISTRY, year).orElse(null);
            default -> null;
        };
    }

    private record Row(String unitId, String scorecardId, String state, String code, BigDecimal self,
                       BigDecimal appraised, BigDecimal finalPoints) {
    }
}
