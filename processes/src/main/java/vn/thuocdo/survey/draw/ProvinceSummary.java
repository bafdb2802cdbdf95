package vn.thuocdo.survey.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator reviews for one province before approving: units per stage, certainty communes, the
 * households to interview, replacements, and the spread of the household design weights (min, max and the
 * coefficient of variation, standard deviation over mean, 0 for a self-weighting sample).
 */
public record ProvinceSummary(int communes, int certaintyCommunes, int villages, int householdSlots,
                              int communeReplacements, int villageReplacements, double minWeight, double maxWeight,
                              double weightCv) {

    /** The summary of a drawn province. */
    public static ProvinceSummary of(DrawnProvince p) {
        int villages = 0;
        int villageReplacements = 0;
        List<Double> weights = new ArrayList<>();
        for (DrawnCommune c : p.communes()) {
            villageReplacements += c.replacements().size();
            for (DrawnVillage v : c.villages()) {
                villages++;
                v.householdDraw().slots().forEach(s -> weights.add(s.inclusion().weight()));
            }
        }
        int slots = weights.size();
        double min = weights.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = weights.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double mean = weights.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        // Two passes (deviations from the mean), so equal weights give no spread from rounding.
        double variance = weights.stream().mapToDouble(w -> (w - mean) * (w - mean)).sum() / Math.max(1, slots);
        double sd = Math.sqrt(variance);
        double cv = mean == 0 || sd <= mean * 1e-12 ? 0 : sd / mean;
        int certainty = (int) p.communes().stream().filter(c -> c.inclusion().certainty()).count();
        return new ProvinceSummary(p.communes().size(), certainty, villages, slots, p.replacements().size(),
                villageReplacements, min, max, cv);
    }
}
