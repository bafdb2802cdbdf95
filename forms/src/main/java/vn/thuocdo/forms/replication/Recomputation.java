package vn.thuocdo.forms.replication;

import vn.thuocdo.forms.index.Estimate;
import vn.thuocdo.forms.index.Estimator;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.OfficialsMeasures;
import vn.thuocdo.forms.index.ReplicateEstimates;
import vn.thuocdo.forms.index.ReplicateWeights;
import vn.thuocdo.forms.index.ResponsesRefused;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.forms.index.UnitRankings;
import vn.thuocdo.forms.index.UnitRankings.ParUnit;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.ParIndex;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScoringRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every number of a compiled result version recomputed from a replication package's inputs, step by step as the
 * application's compilation does it (processes: {@code IndexComputation}, then {@code RankIntervals}): SIPAS per
 * province and nationally with {@link Estimator}; the officials' index per unit (a census, {@link OfficialsMeasures});
 * each unit's PAR INDEX (its counted points plus the survey sub-criteria from its SIPAS and officials' measures, totals
 * per area, percentage, rank among its kind, group from the DMN table); then the rank intervals and the units not
 * significantly different from {@link ReplicateEstimates} with the same replicates and seed. The replication test
 * checks it against the application's stored numbers, row by row.
 */
public final class Recomputation {

    public static final String NATIONAL = "national";
    public static final String SIPAS = "sipas:";
    public static final String SIPAS_OVERALL = "sipas:overall";
    public static final String PAR_TOTAL = "par:total";
    public static final String PAR_PERCENT = "par:percent";
    public static final String PAR_AREA = "par:area:";
    static final String INSUFFICIENT = "compilation.note.insufficient";
    static final String NO_SE = "compilation.note.noSe";
    static final String CENSUS = "compilation.note.census";
    static final String NOT_FINAL = "compilation.note.notFinal";
    static final String NO_ASSESSMENT = "compilation.note.noAssessment";
    static final String SURVEY_MISSING = "compilation.note.surveyMissing";
    private static final String MINISTRY = "MINISTRY";
    private static final String PROVINCE = "PROVINCE";
    private static final String FINAL = "FINAL";

    /**
     * What the numbers are computed from: all of it is in the package. {@code officials} (under
     * {@code officialsDefinition}) is null when the round had no officials' answers.
     */
    public record Inputs(IndexDefinition definition, SurveyData survey, List<UnitInput> units,
                         Map<String, Scorecard> scorecards, GroupTable groups, int replicates, long seed,
                         IndexDefinition officialsDefinition, SurveyData officials) {

        /** Without the officials' survey. */
        public Inputs(IndexDefinition definition, SurveyData survey, List<UnitInput> units,
                      Map<String, Scorecard> scorecards, GroupTable groups, int replicates, long seed) {
            this(definition, survey, units, scorecards, groups, replicates, seed, null, null);
        }
    }

    private Recomputation() {
    }

    /** The version's numbers, in the compilation's order (SIPAS, then areas, then the ranked totals). */
    public static List<PublishedNumber> compute(Inputs in) {
        IndexDefinition definition = in.definition();
        Map<String, UnitInput> byId = new LinkedHashMap<>();
        in.units().forEach(u -> byId.put(u.unitId(), u));
        List<PublishedNumber> rows = new ArrayList<>();
        SurveyData survey = in.survey();
        List<Estimate> estimates = survey == null || survey.rows() == 0 ? List.of()
                : Estimator.estimate(definition, survey);
        Map<String, Map<String, Double>> shares = sipas(definition, estimates, in.units(), rows);
        Map<String, Map<String, Double>> officialShares = officials(in, rows);

        List<ParUnit> parUnits = new ArrayList<>();
        Map<String, List<ParIndex.Total>> totalsByKind = new LinkedHashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (UnitInput unit : in.units()) {
            Scorecard scorecard = unit.scorecardId() == null ? null : in.scorecards().get(unit.scorecardId());
            if (scorecard == null) {
                continue;
            }
            Map<String, BigDecimal> points = new HashMap<>();
            unit.points().stream().filter(p -> p.counted() != null).forEach(p -> points.put(p.code(), p.counted()));
            Map<String, BigDecimal> surveyPoints = ParIndex.surveyPoints(scorecard,
                    shares.getOrDefault(unit.unitId(), Map.of()));
            // As the compilation: the officials' points (a census) stay fixed across the replicates, with the own.
            Map<String, BigDecimal> officialPoints = ParIndex.surveyPoints(scorecard,
                    officialShares.getOrDefault(unit.unitId(), Map.of()));
            surveyPoints.putAll(officialPoints);
            long surveySubs = scorecard.subCriteria().stream().filter(s -> s.rule() instanceof ScoringRule.Survey)
                    .count();
            points.putAll(officialPoints);
            Map<String, BigDecimal> ownPoints = Map.copyOf(points);
            points.putAll(surveyPoints);
            Map<String, BigDecimal> totals = ParIndex.areaTotals(scorecard, points);
            for (Area area : scorecard.areas()) {
                rows.add(points(unit, PAR_AREA + area.code(), totals.get(area.code()), area.maxPoints(), null, null,
                        null, null));
            }
            if (unit.assessmentState() == null) {
                // As the compilation: a unit that did not assess itself is outside the ranking, with no total.
                rows.add(points(unit, PAR_TOTAL, null, scorecard.totalPoints(), null, null, null, NO_ASSESSMENT));
                rows.add(points(unit, PAR_PERCENT, null, null, null, null, null, NO_ASSESSMENT));
                continue;
            }
            parUnits.add(new ParUnit(unit.unitId(), unit.kind(), scorecard, ownPoints, totals.get(""),
                    scorecard.totalPoints()));
            String note = !FINAL.equals(unit.assessmentState()) ? NOT_FINAL
                    : surveyPoints.size() < surveySubs ? SURVEY_MISSING : null;
            notes.put(unit.unitId(), note);
            totalsByKind.computeIfAbsent(unit.kind(), k -> new ArrayList<>())
                    .add(new ParIndex.Total(unit.unitId(), totals.get(""), scorecard.totalPoints()));
        }
        for (Map.Entry<String, List<ParIndex.Total>> kind : totalsByKind.entrySet()) {
            for (ParIndex.Ranked r : ParIndex.rank(kind.getValue())) {
                String group = in.groups().group(r.percent());
                double percent = r.percent().doubleValue();
                UnitInput unit = byId.get(r.unitId());
                String note = notes.get(r.unitId());
                rows.add(points(unit, PAR_TOTAL, r.points(), r.maximum(), percent, r.rank(), group, note));
                rows.add(points(unit, PAR_PERCENT, null, null, percent, r.rank(), group, note));
            }
        }
        Set<String> provinces = new HashSet<>();
        in.units().stream().filter(u -> PROVINCE.equals(u.kind())).forEach(u -> provinces.add(u.unitId()));
        return rankIntervals(rows, in, estimates, provinces, parUnits);
    }

    private static PublishedNumber points(UnitInput unit, String measure, BigDecimal points, BigDecimal max,
                                          Double percent, Integer rank, String group, String note) {
        return new PublishedNumber(unit.unitId(), unit.name(), unit.kind(), measure, percent, null, null, null, null,
                points, max, rank, null, null, List.of(), group, note);
    }

    /** SIPAS elements, parts and overall of the nation and every surveyed unit; returns each unit's shares. */
    private static Map<String, Map<String, Double>> sipas(IndexDefinition definition, List<Estimate> estimates,
                                                          List<UnitInput> units, List<PublishedNumber> rows) {
        Map<String, Map<String, Double>> shares = new HashMap<>();
        Map<String, Map<String, Estimate>> byDomain = new HashMap<>();
        for (Estimate e : estimates) {
            if (!e.measure().startsWith("item:")) {
                byDomain.computeIfAbsent(e.domain(), d -> new LinkedHashMap<>()).put(e.measure(), e);
            }
        }
        List<UnitInput> domains = new ArrayList<>();
        domains.add(new UnitInput(NATIONAL, "", NATIONAL, null, null, List.of()));
        units.stream().filter(u -> !MINISTRY.equals(u.kind())).forEach(domains::add);
        List<String> measures = new ArrayList<>();
        definition.elements().forEach(g -> measures.add("element:" + g.id()));
        definition.parts().forEach(g -> measures.add("part:" + g.id()));
        measures.add("overall");
        for (UnitInput domain : domains) {
            String key = NATIONAL.equals(domain.unitId()) ? Estimator.NATIONAL : domain.unitId();
            Map<String, Estimate> mine = byDomain.getOrDefault(key, Map.of());
            for (String measure : measures) {
                Estimate e = mine.get(measure);
                if (e == null || !e.sufficient()) {
                    rows.add(new PublishedNumber(domain.unitId(), domain.name(), domain.kind(), SIPAS + measure, null,
                            null, null, null, e == null ? 0L : e.n(), null, null, null, null, null, List.of(), null,
                            INSUFFICIENT));
                    continue;
                }
                rows.add(new PublishedNumber(domain.unitId(), domain.name(), domain.kind(), SIPAS + measure,
                        e.estimate(), nan(e.se()), nan(e.ciLow()), nan(e.ciHigh()), e.n(), null, null, null, null,
                        null, List.of(), null, e.hasSe() ? null : NO_SE));
                shares.computeIfAbsent(key, d -> new HashMap<>()).put(SIPAS + measure, e.estimate());
            }
        }
        return shares;
    }

    /**
     * The officials' index of every unit (provinces and ministries), no national row, when the round has officials'
     * answers; each unit's shares under the scorecards' names.
     */
    private static Map<String, Map<String, Double>> officials(Inputs in, List<PublishedNumber> rows) {
        IndexDefinition definition = in.officialsDefinition();
        SurveyData survey = in.officials();
        if (definition == null || survey == null || survey.rows() == 0) {
            // As the compilation: a round without officials' answers has no officials' rows.
            return Map.of();
        }
        List<Estimate> estimates = Estimator.estimate(definition, survey);
        Map<String, Map<String, Estimate>> byDomain = new HashMap<>();
        estimates.forEach(e -> byDomain.computeIfAbsent(e.domain(), d -> new HashMap<>()).put(e.measure(), e));
        Map<String, Map<String, Double>> shares = new HashMap<>();
        for (UnitInput unit : in.units()) {
            Map<String, Estimate> mine = byDomain.getOrDefault(unit.unitId(), Map.of());
            for (String measure : OfficialsMeasures.measures(definition)) {
                Estimate e = mine.get(measure);
                if (e == null || !e.sufficient()) {
                    rows.add(new PublishedNumber(unit.unitId(), unit.name(), unit.kind(),
                            OfficialsMeasures.stored(measure), null, null, null, null, e == null ? 0L : e.n(), null,
                            null, null, null, null, List.of(), null, INSUFFICIENT));
                    continue;
                }
                rows.add(new PublishedNumber(unit.unitId(), unit.name(), unit.kind(),
                        OfficialsMeasures.stored(measure), e.estimate(), nan(e.se()), nan(e.ciLow()),
                        nan(e.ciHigh()), e.n(), null, null, null, null, null, List.of(), null,
                        e.hasSe() ? null : CENSUS));
                shares.computeIfAbsent(unit.unitId(), u -> new HashMap<>())
                        .put(OfficialsMeasures.scorecard(measure), e.estimate());
            }
        }
        return shares;
    }

    private static Double nan(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static List<PublishedNumber> rankIntervals(List<PublishedNumber> rows, Inputs in,
                                                       List<Estimate> estimates, Set<String> provinces,
                                                       List<ParUnit> par) {
        SurveyData data = in.survey();
        ReplicateEstimates survey = null;
        if (data != null && data.rows() > 0 && !estimates.isEmpty()) {
            try {
                survey = ReplicateEstimates.compute(in.definition(), data, estimates, ReplicateWeights.of(data,
                        in.definition().singleClusterStratum(), in.replicates(), in.seed()));
            } catch (ResponsesRefused tooLarge) {
                // As the compilation: beyond the bounds, ranks without intervals.
                survey = null;
            }
        }
        UnitRankings.Ranks ranks = UnitRankings.of(survey, estimates, provinces, par, in.replicates());
        List<PublishedNumber> out = new ArrayList<>(rows.size());
        for (PublishedNumber row : rows) {
            UnitRankings.Ranked r = null;
            Integer rank = null;
            if (SIPAS_OVERALL.equals(row.measure())) {
                r = ranks.sipas().get(row.unitId());
                rank = r == null ? null : r.interval().rank();
            } else if (PAR_TOTAL.equals(row.measure()) || PAR_PERCENT.equals(row.measure())) {
                r = ranks.par().get(row.unitId());
            }
            out.add(r == null ? row
                    : row.withRankInterval(rank, r.interval().low(), r.interval().high(), r.notDifferent()));
        }
        return out;
    }
}
