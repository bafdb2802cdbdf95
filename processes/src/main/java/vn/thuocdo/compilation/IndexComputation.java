package vn.thuocdo.compilation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.index.Estimate;
import vn.thuocdo.forms.index.Estimator;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.OfficialsMeasures;
import vn.thuocdo.forms.index.UnitRankings;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.ParIndex;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a round's indices from the data, in a fixed number of queries whatever the number of units: SIPAS per unit
 * and nationally through the same {@link Estimator} as the statisticians' command, then each unit's PAR INDEX (final,
 * else appraised, else self-assessed points, plus the survey sub-criteria filled from the SIPAS and the officials'
 * measures the scorecard names), its totals per area, percentage, rank among the units of its kind and group; then the
 * ranks' intervals and the units not significantly different ({@link RankIntervals}).
 */
@Component
class IndexComputation {

    /** The SIPAS methodology the compilation uses [A]: the one shipped definition. */
    static final String SIPAS_DEFINITION = "sipas@1";
    private static final String SIPAS = "sipas:";

    private final JdbcClient db;
    private final SurveyRows surveyRows;
    private final OfficialsRows officialsRows;
    private final ScorecardLibrary scorecards;
    private final Units units;
    private final ParIndexGroups groups;
    private final RankIntervals rankIntervals;
    private final IndexDefinition definition;
    private final IndexDefinition officials;

    IndexComputation(JdbcClient db, SurveyRows surveyRows, OfficialsRows officialsRows, ScorecardLibrary scorecards,
                     Units units, ParIndexGroups groups, RankIntervals rankIntervals) {
        this.db = db;
        this.surveyRows = surveyRows;
        this.officialsRows = officialsRows;
        IndexCatalogue catalogue = IndexCatalogue.load();
        this.definition = catalogue.get(SIPAS_DEFINITION);
        this.officials = catalogue.get(OfficialsMeasures.DEFINITION);
        this.scorecards = scorecards;
        this.units = units;
        this.groups = groups;
        this.rankIntervals = rankIntervals;
    }

    /**
     * The survey measures' names as the definitions give them: overall (its title), parts and elements, of SIPAS then
     * of the officials' index.
     */
    Map<String, Text> measureLabels() {
        Map<String, Text> labels = new LinkedHashMap<>();
        labels.put(SIPAS + "overall", definition.title());
        definition.parts().forEach(g -> labels.put(SIPAS + "part:" + g.id(), g.label()));
        definition.elements().forEach(g -> labels.put(SIPAS + "element:" + g.id(), g.label()));
        labels.putAll(OfficialsMeasures.labels(officials));
        return labels;
    }

    /** The rows of a new version, and what it was computed from. */
    record Computed(List<IndexResult> rows, String indexDefinition, String scorecards, int responses, int unweighted) {
    }

    Computed compute(String roundId) {
        int year = db.sql("select round_year from evaluation_round where id = ?").param(roundId)
                .query(Integer.class).single();
        List<String> participants = db.sql("select unit_id from round_participant where round_id = ? order by unit_id")
                .param(roundId).query(String.class).list();
        Map<String, Unit> byId = units.byId(participants);

        List<IndexResult> rows = new ArrayList<>();
        SurveyRows.Loaded survey = surveyRows.load(roundId, definition);
        List<Estimate> estimates = survey.data().rows() == 0 ? List.of()
                : Estimator.estimate(definition, survey.data());
        Map<String, Map<String, Double>> shares = sipas(survey, estimates, participants, byId, rows);
        OfficialsRows.Loaded officialsSurvey = officialsRows.load(roundId, officials);
        Map<String, Map<String, Double>> officialShares = officials(officialsSurvey, participants, byId, rows);
        List<UnitRankings.ParUnit> parUnits = new ArrayList<>();

        Map<String, List<Assessed>> assessed = assessed(roundId);
        TreeSet<String> usedScorecards = new TreeSet<>();
        Map<UnitKind, List<ParIndex.Total>> totalsByKind = new LinkedHashMap<>();
        Map<String, String> notes = new HashMap<>();
        Map<String, IndexResult> totalRows = new LinkedHashMap<>();
        for (String unitId : participants) {
            Unit unit = byId.get(unitId);
            List<Assessed> values = assessed.getOrDefault(unitId, List.of());
            Scorecard scorecard = values.isEmpty() ? forKind(unit.kind(), year)
                    : scorecards.find(values.get(0).scorecardId()).orElse(null);
            if (scorecard == null) {
                continue;
            }
            usedScorecards.add(scorecard.id());
            Map<String, BigDecimal> points = new HashMap<>();
            values.stream().filter(v -> v.points() != null).forEach(v -> points.put(v.code(), v.points()));
            Map<String, BigDecimal> surveyPoints = ParIndex.surveyPoints(scorecard,
                    shares.getOrDefault(unitId, Map.of()));
            // The officials' points are a census's (no sampling error): fixed across the rank intervals' replicates,
            // so they go with the unit's own points, which the replicates keep.
            Map<String, BigDecimal> officialPoints = ParIndex.surveyPoints(scorecard,
                    officialShares.getOrDefault(unitId, Map.of()));
            surveyPoints.putAll(officialPoints);
            long surveySubs = scorecard.subCriteria().stream().filter(s -> s.rule() instanceof ScoringRule.Survey)
                    .count();
            points.putAll(officialPoints);
            Map<String, BigDecimal> ownPoints = Map.copyOf(points);
            points.putAll(surveyPoints);
            Map<String, BigDecimal> totals = ParIndex.areaTotals(scorecard, points);
            for (Area area : scorecard.areas()) {
                rows.add(IndexResult.points(unitId, unit.kind().name(), IndexResult.PAR_AREA + area.code(),
                        totals.get(area.code()), area.maxPoints(), null, null, null, null));
            }
            if (values.isEmpty()) {
                // No self-assessment: its total would be the survey's points alone, a number that ranks it last and
                // groups it D as if it had scored itself 0. It is shown as not assessed, outside the ranking.
                for (String measure : List.of(IndexResult.PAR_TOTAL, IndexResult.PAR_PERCENT)) {
                    rows.add(IndexResult.points(unitId, unit.kind().name(), measure, null,
                            IndexResult.PAR_TOTAL.equals(measure) ? scorecard.totalPoints() : null, null, null, null,
                            IndexResult.NO_ASSESSMENT));
                }
                continue;
            }
            parUnits.add(new UnitRankings.ParUnit(unitId, unit.kind().name(), scorecard, ownPoints, totals.get(""),
                    scorecard.totalPoints()));
            String note = !AssessmentState.FINAL.name().equals(values.get(0).state()) ? IndexResult.NOT_FINAL
                    : surveyPoints.size() < surveySubs ? IndexResult.SURVEY_MISSING : null;
            notes.put(unitId, note);
            totalsByKind.computeIfAbsent(unit.kind(), k -> new ArrayList<>())
                    .add(new ParIndex.Total(unitId, totals.get(""), scorecard.totalPoints()));
        }
        // Provinces and ministries are ranked separately.
        for (Map.Entry<UnitKind, List<ParIndex.Total>> kind : totalsByKind.entrySet()) {
            for (ParIndex.Ranked r : ParIndex.rank(kind.getValue())) {
                String group = groups.group(r.percent());
                double percent = r.percent().doubleValue();
                String note = notes.get(r.unitId());
                rows.add(IndexResult.points(r.unitId(), kind.getKey().name(), IndexResult.PAR_TOTAL, r.points(),
                        r.maximum(), percent, r.rank(), group, note));
                rows.add(IndexResult.points(r.unitId(), kind.getKey().name(), IndexResult.PAR_PERCENT, null, null,
                        percent, r.rank(), group, note));
            }
        }
        Set<String> provinces = new HashSet<>();
        participants.stream().filter(u -> byId.get(u).kind() == UnitKind.PROVINCE).forEach(provinces::add);
        rows = rankIntervals.apply(rows, definition, survey.data(), estimates, provinces, parUnits);
        // The methodologies the numbers come from: SIPAS's, and the officials' index's when its survey counted.
        String methodology = officialsSurvey.data().rows() == 0 ? definition.reference()
                : definition.reference() + "," + officials.reference();
        return new Computed(rows, methodology, String.join(",", usedScorecards), survey.responses(),
                survey.unweighted());
    }

    private Scorecard forKind(UnitKind kind, int year) {
        return switch (kind) {
            case PROVINCE -> scorecards.forYear(Scorecard.Kind.PROVINCE, year).orElse(null);
            case MINISTRY -> scorecards.forYear(Scorecard.Kind.MINISTRY, year).orElse(null);
            default -> null;
        };
    }

    /**
     * The SIPAS rows (elements, parts, overall; items stay in the estimator's output only) of the nation and every
     * province taking part, a province without responses as "insufficient data"; returns each unit's measure shares.
     */
    private Map<String, Map<String, Double>> sipas(SurveyRows.Loaded survey, List<Estimate> estimates,
                                                   List<String> participants, Map<String, Unit> byId,
                                                   List<IndexResult> rows) {
        Map<String, Map<String, Double>> shares = new HashMap<>();
        Map<String, Map<String, Estimate>> byDomain = new HashMap<>();
        for (Estimate e : estimates) {
            if (!e.measure().startsWith("item:")) {
                byDomain.computeIfAbsent(e.domain(), d -> new LinkedHashMap<>()).put(e.measure(), e);
            }
        }
        List<String> domains = new ArrayList<>();
        domains.add(Estimator.NATIONAL);
        participants.stream().filter(u -> byId.get(u).kind() != UnitKind.MINISTRY).forEach(domains::add);
        List<String> measures = new ArrayList<>();
        definition.elements().forEach(g -> measures.add("element:" + g.id()));
        definition.parts().forEach(g -> measures.add("part:" + g.id()));
        measures.add("overall");
        for (String domain : domains) {
            boolean national = Estimator.NATIONAL.equals(domain);
            String unitId = national ? IndexResult.NATIONAL : domain;
            String kind = national ? IndexResult.NATIONAL : byId.get(domain).kind().name();
            Map<String, Estimate> mine = byDomain.getOrDefault(domain, Map.of());
            // Boxed on both sides: a province without responses has no weight, and must not be unboxed.
            Double weight = national ? Double.valueOf(survey.weights().values().stream()
                    .mapToDouble(Double::doubleValue).sum()) : survey.weights().get(domain);
            for (String measure : measures) {
                Estimate e = mine.get(measure);
                Double total = measure.equals("overall") ? weight : null;
                if (e == null || !e.sufficient()) {
                    rows.add(IndexResult.sipas(unitId, kind, SIPAS + measure, null, null, null, null,
                            e == null ? 0L : e.n(), total, IndexResult.INSUFFICIENT));
                    continue;
                }
                rows.add(IndexResult.sipas(unitId, kind, SIPAS + measure, e.estimate(), nan(e.se()),
                        nan(e.ciLow()), nan(e.ciHigh()), e.n(), total, e.hasSe() ? null : IndexResult.NO_SE));
                shares.computeIfAbsent(domain, d -> new HashMap<>()).put(SIPAS + measure, e.estimate());
            }
        }
        return shares;
    }

    /**
     * The officials' index rows (elements, parts, overall) of every unit taking part, provinces and ministries, when
     * the round has officials' answers; a unit without enough answers as "insufficient data"; no national row
     * (provinces' and ministries' officials are not one population). Returns each unit's shares under the scorecards'
     * names ({@code officials:direction}).
     */
    private Map<String, Map<String, Double>> officials(OfficialsRows.Loaded survey, List<String> participants,
                                                       Map<String, Unit> byId, List<IndexResult> rows) {
        if (survey.data().rows() == 0) {
            // No officials' answers in the round (a round before the officials' survey): no rows rather than a
            // column of "insufficient data"; the units' survey sub-criteria say SURVEY_MISSING.
            return Map.of();
        }
        List<Estimate> estimates = Estimator.estimate(officials, survey.data());
        Map<String, Map<String, Estimate>> byDomain = new HashMap<>();
        estimates.forEach(e -> byDomain.computeIfAbsent(e.domain(), d -> new HashMap<>()).put(e.measure(), e));
        Map<String, Map<String, Double>> shares = new HashMap<>();
        for (String unitId : participants) {
            String kind = byId.get(unitId).kind().name();
            Map<String, Estimate> mine = byDomain.getOrDefault(unitId, Map.of());
            Long respondents = survey.respondents().get(unitId);
            for (String measure : OfficialsMeasures.measures(officials)) {
                Estimate e = mine.get(measure);
                // Weight 1 a response: the overall row's total weight is the unit's respondents.
                Double total = measure.equals("overall") && respondents != null ? respondents.doubleValue() : null;
                if (e == null || !e.sufficient()) {
                    rows.add(IndexResult.sipas(unitId, kind, OfficialsMeasures.stored(measure), null, null, null,
                            null, e == null ? 0L : e.n(), total, IndexResult.INSUFFICIENT));
                    continue;
                }
                rows.add(IndexResult.sipas(unitId, kind, OfficialsMeasures.stored(measure), e.estimate(),
                        nan(e.se()), nan(e.ciLow()), nan(e.ciHigh()), e.n(), total,
                        e.hasSe() ? null : IndexResult.CENSUS));
                shares.computeIfAbsent(unitId, u -> new HashMap<>()).put(OfficialsMeasures.scorecard(measure),
                        e.estimate());
            }
        }
        return shares;
    }

    private static Double nan(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private record Assessed(String unitId, String scorecardId, String state, String code, BigDecimal points) {
    }

    /** Every unit's sub-criterion points in one query: final, else appraised, else the unit's own. */
    private Map<String, List<Assessed>> assessed(String roundId) {
        Map<String, List<Assessed>> byUnit = new HashMap<>();
        db.sql("""
                select a.unit_id, a.scorecard_id, a.state, v.code,
                       coalesce(v.final_points, v.appraised_points, v.points)
                from self_assessment a
                left join self_assessment_value v on v.round_id = a.round_id and v.unit_id = a.unit_id
                where a.round_id = ?""").param(roundId)
                .query((rs, n) -> new Assessed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5))).list()
                .forEach(a -> byUnit.computeIfAbsent(a.unitId(), u -> new ArrayList<>()).add(a));
        return byUnit;
    }
}
