package vn.thuocdo.compilation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.index.Estimate;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.Ranking;
import vn.thuocdo.forms.index.ReplicateEstimates;
import vn.thuocdo.forms.index.ReplicateWeights;
import vn.thuocdo.forms.index.ResponsesRefused;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.forms.scorecard.ParIndex;
import vn.thuocdo.forms.scorecard.Scorecard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The uncertainty of the compiled ranks (#13 "Rank uncertainty"), with the statisticians' bootstrap
 * (docs/sipas-estimation.md "Rank intervals"): the survey's replicate weights ({@link ReplicateWeights}, Rao-Wu
 * n_h − 1 within provinces, communes as clusters), every SIPAS measure recomputed under each replicate
 * ({@link ReplicateEstimates}), then {@link Ranking#of} on
 * <ul>
 * <li>{@code sipas:overall} among the provinces with an estimate (ministries are not surveyed by SIPAS);</li>
 * <li>the PAR INDEX total as points ÷ maximum, provinces and ministries separately: in replicate r a unit's points
 * are its appraised (or self-scored) points plus its survey sub-criteria recomputed from its SIPAS under replicate
 * r; a unit without SIPAS (a ministry) keeps the same points in every replicate.</li>
 * </ul>
 * Seed rule: one fixed seed, {@code thuocdo.compilation.seed} (default 1, the command's default), so the same data
 * gives the same intervals in every recompute; {@code thuocdo.compilation.replicates} replicates (default 1,000).
 */
@Component
class RankIntervals {

    private static final Logger LOG = LoggerFactory.getLogger(RankIntervals.class);
    private static final String SIPAS = "sipas:";

    private final int replicates;
    private final long seed;

    RankIntervals(@Value("${thuocdo.compilation.replicates:1000}") int replicates,
                  @Value("${thuocdo.compilation.seed:1}") long seed) {
        if (replicates < ReplicateWeights.MIN_REPLICATES || replicates > ReplicateWeights.MAX_REPLICATES) {
            throw new IllegalArgumentException("thuocdo.compilation.replicates must be from "
                    + ReplicateWeights.MIN_REPLICATES + " to " + ReplicateWeights.MAX_REPLICATES + ": " + replicates);
        }
        this.replicates = replicates;
        this.seed = seed;
    }

    /** A unit's PAR INDEX as computed: its scorecard, the points not from the survey, its total and maximum. */
    record ParUnit(String unitId, String kind, Scorecard scorecard, Map<String, BigDecimal> ownPoints,
                   BigDecimal total, BigDecimal maximum) {
    }

    /**
     * The rows with their rank intervals and not-significantly-different units: {@code sipas:overall} of the
     * provinces (also given their rank), {@code par:total} and {@code par:percent}. Rows come back in the same order.
     */
    List<IndexResult> apply(List<IndexResult> rows, IndexDefinition definition, SurveyData data,
                            List<Estimate> estimates, Set<String> provinces, List<ParUnit> par) {
        ReplicateEstimates survey = null;
        if (data.rows() > 0 && !estimates.isEmpty()) {
            try {
                survey = ReplicateEstimates.compute(definition, data, estimates,
                        ReplicateWeights.of(data, definition.singleClusterStratum(), replicates, seed));
            } catch (ResponsesRefused tooLarge) {
                // Beyond the documented bounds: ranks without intervals rather than no compilation at all.
                LOG.warn("Rank intervals left out: {} {}", tooLarge.getMessage(), tooLarge);
            }
        }
        Map<String, Ranked> sipas = new HashMap<>();
        if (survey != null) {
            sipas = ranked(sipasRanking(survey, estimates, provinces));
        }
        Map<String, List<ParUnit>> byKind = new LinkedHashMap<>();
        par.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
        Map<String, Ranked> parRanks = new HashMap<>();
        for (List<ParUnit> units : byKind.values()) {
            parRanks.putAll(ranked(parRanking(units, survey)));
        }
        Map<String, Ranked> sipasRanks = sipas;
        List<IndexResult> out = new ArrayList<>(rows.size());
        for (IndexResult row : rows) {
            Ranked r = null;
            Integer rank = null;
            if (IndexResult.SIPAS_OVERALL.equals(row.measure())) {
                r = sipasRanks.get(row.unitId());
                rank = r == null ? null : r.interval().rank();
            } else if (IndexResult.PAR_TOTAL.equals(row.measure()) || IndexResult.PAR_PERCENT.equals(row.measure())) {
                r = parRanks.get(row.unitId());
            }
            out.add(r == null ? row
                    : row.withRankInterval(rank, r.interval().low(), r.interval().high(), r.notDifferent()));
        }
        return out;
    }

    private record Ranked(Ranking.RankInterval interval, List<String> notDifferent) {
    }

    private static Map<String, Ranked> ranked(Ranking ranking) {
        Map<String, Ranked> out = new HashMap<>();
        for (Ranking.RankInterval interval : ranking.intervals()) {
            out.put(interval.unit(), new Ranked(interval, ranking.notDifferentFrom(interval.unit())));
        }
        return out;
    }

    /** SIPAS overall among the provinces of the round (the sample's domains that are provinces). */
    private static Ranking sipasRanking(ReplicateEstimates survey, List<Estimate> estimates, Set<String> provinces) {
        List<String> units = survey.units().stream().filter(provinces::contains).toList();
        Map<String, Double> overall = new HashMap<>();
        estimates.stream().filter(e -> e.measure().equals("overall") && e.sufficient())
                .forEach(e -> overall.put(e.domain(), e.estimate()));
        double[] full = new double[units.size()];
        for (int u = 0; u < full.length; u++) {
            full[u] = overall.getOrDefault(units.get(u), Double.NaN);
        }
        return Ranking.of(units, full, survey.replicates(), r -> {
            double[] values = new double[units.size()];
            for (int u = 0; u < values.length; u++) {
                values[u] = survey.value("overall", units.get(u), r);
            }
            return values;
        });
    }

    /** The PAR INDEX ratio of one kind's units, in the sample and under each replicate. */
    private Ranking parRanking(List<ParUnit> units, ReplicateEstimates survey) {
        List<String> ids = units.stream().map(ParUnit::unitId).toList();
        double[] full = new double[units.size()];
        for (int u = 0; u < full.length; u++) {
            full[u] = ratio(units.get(u).total(), units.get(u).maximum());
        }
        int count = survey == null ? replicates : survey.replicates();
        Set<String> surveyed = survey == null ? Set.of() : Set.copyOf(survey.units());
        return Ranking.of(ids, full, count, r -> {
            double[] values = full.clone();
            if (survey == null) {
                return values;
            }
            for (int u = 0; u < values.length; u++) {
                ParUnit unit = units.get(u);
                if (!surveyed.contains(unit.unitId())) {
                    continue;
                }
                Map<String, Double> shares = new HashMap<>();
                for (String measure : survey.measures()) {
                    if (!measure.startsWith("item:")) {
                        shares.put(SIPAS + measure, survey.value(measure, unit.unitId(), r));
                    }
                }
                Map<String, BigDecimal> points = new HashMap<>(unit.ownPoints());
                points.putAll(ParIndex.surveyPoints(unit.scorecard(), shares));
                values[u] = ratio(ParIndex.areaTotals(unit.scorecard(), points).get(""), unit.maximum());
            }
            return values;
        });
    }

    private static double ratio(BigDecimal points, BigDecimal maximum) {
        if (points == null || maximum == null || maximum.signum() <= 0) {
            return Double.NaN;
        }
        return points.divide(maximum, MathContext.DECIMAL64).doubleValue();
    }
}
