package vn.thuocdo.survey.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks stand-ins among a parent's units that were not selected: a weighted random order without replacement
 * (Efraimidis and Spirakis 2006: each unit gets the key ln(u)/w with u uniform in (0, 1], highest key first),
 * w the unit's size for a PPS stage and 1 otherwise, so larger units tend to come first as in the stage itself.
 * One u is drawn per unselected unit in frame order, then the first {@code wanted} are kept.
 */
final class Replacements {

    private Replacements() {
    }

    /** Indices of the ranked replacements, best first. */
    static List<Integer> rank(long[] weights, boolean[] selected, int wanted, SplitMix64 random) {
        if (wanted <= 0) {
            return List.of();
        }
        List<double[]> keyed = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (!selected[i]) {
                keyed.add(new double[]{Math.log(random.nextPositiveDouble()) / weights[i], i});
            }
        }
        keyed.sort(Comparator.<double[]>comparingDouble(k -> -k[0]).thenComparingDouble(k -> k[1]));
        return keyed.stream().limit(wanted).map(k -> (int) k[1]).toList();
    }
}
