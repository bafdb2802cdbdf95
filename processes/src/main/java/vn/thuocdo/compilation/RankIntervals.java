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
import vn.thuocdo.forms.index.UnitRankings;

import java.util.ArrayList;
import java.util.List;
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
 * r; a unit without SIPAS (a ministry) keeps the same points in every replicate, and so do the officials' survey
 * points of every unit (a census of the listed officials: no sampling error to resample).</li>
 * </ul>
 * Seed rule: one fixed seed, {@code thuocdo.compilation.seed} (default 1, the command's default), so the same data
 * gives the same intervals in every recompute; {@code thuocdo.compilation.replicates} replicates (default 1,000).
 */
@Component
class RankIntervals {

    private static final Logger LOG = LoggerFactory.getLogger(RankIntervals.class);

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

    /**
     * The rows with their rank intervals and not-significantly-different units: {@code sipas:overall} of the
     * provinces (also given their rank), {@code par:total} and {@code par:percent}. Rows come back in the same order.
     */
    List<IndexResult> apply(List<IndexResult> rows, IndexDefinition definition, SurveyData data,
                            List<Estimate> estimates, Set<String> provinces, List<UnitRankings.ParUnit> par) {
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
        UnitRankings.Ranks ranks = UnitRankings.of(survey, estimates, provinces, par, replicates);
        List<IndexResult> out = new ArrayList<>(rows.size());
        for (IndexResult row : rows) {
            UnitRankings.Ranked r = null;
            Integer rank = null;
            if (IndexResult.SIPAS_OVERALL.equals(row.measure())) {
                r = ranks.sipas().get(row.unitId());
                rank = r == null ? null : r.interval().rank();
            } else if (IndexResult.PAR_TOTAL.equals(row.measure()) || IndexResult.PAR_PERCENT.equals(row.measure())) {
                r = ranks.par().get(row.unitId());
            }
            out.add(r == null ? row
                    : row.withRankInterval(rank, r.interval().low(), r.interval().high(), r.notDifferent()));
        }
        return out;
    }
}
