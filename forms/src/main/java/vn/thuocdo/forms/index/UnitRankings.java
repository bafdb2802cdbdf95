package vn.thuocdo.forms.index;

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
 * The ranks' uncertainty of a round (#13): SIPAS overall among the provinces and the PAR INDEX ratio among the units
 * of each kind, in the sample and under each bootstrap replicate, as 95% rank intervals with the units not
 * significantly different. One place for the compilation and the replication package's command, so the two never
 * give different intervals for the same inputs.
 */
public final class UnitRankings {

    private static final String SIPAS = "sipas:";

    private UnitRankings() {
    }

    /**
     * A unit's PAR INDEX as computed: its scorecard, the points that do not move with SIPAS (self-scored, and the
     * officials' survey's, a census with no sampling error), its total and maximum.
     */
    public record ParUnit(String unitId, String kind, Scorecard scorecard, Map<String, BigDecimal> ownPoints,
                          BigDecimal total, BigDecimal maximum) {
    }

    /** A unit's rank with its 95% interval, and the units whose difference from it is not significant. */
    public record Ranked(Ranking.RankInterval interval, List<String> notDifferent) {
    }

    /** By unit id: SIPAS overall (provinces), and the PAR INDEX (each unit among its kind). */
    public record Ranks(Map<String, Ranked> sipas, Map<String, Ranked> par) {
    }

    /**
     * The ranks of the round. {@code survey} is null when there are no replicates (no responses, or beyond the
     * bounds): SIPAS is then unranked and the PAR INDEX ranks hold in every one of {@code replicates}.
     */
    public static Ranks of(ReplicateEstimates survey, List<Estimate> estimates, Set<String> provinces,
                           List<ParUnit> par, int replicates) {
        Map<String, Ranked> sipas = survey == null ? Map.of() : ranked(sipas(survey, estimates, provinces));
        Map<String, List<ParUnit>> byKind = new LinkedHashMap<>();
        par.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
        Map<String, Ranked> parRanks = new HashMap<>();
        for (List<ParUnit> units : byKind.values()) {
            parRanks.putAll(ranked(par(units, survey, replicates)));
        }
        return new Ranks(sipas, parRanks);
    }

    private static Map<String, Ranked> ranked(Ranking ranking) {
        Map<String, Ranked> out = new HashMap<>();
        for (Ranking.RankInterval interval : ranking.intervals()) {
            out.put(interval.unit(), new Ranked(interval, ranking.notDifferentFrom(interval.unit())));
        }
        return out;
    }

    /** SIPAS overall among the provinces of the round (the sample's domains that are provinces). */
    private static Ranking sipas(ReplicateEstimates survey, List<Estimate> estimates, Set<String> provinces) {
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
    private static Ranking par(List<ParUnit> units, ReplicateEstimates survey, int replicates) {
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
