package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Rank intervals and significant differences from replicate values given by hand through the callback. */
class RankingTest {

    @Test
    void higherIsBetterAndTiesShareTheBestOfTheirRanks() {
        assertThat(Ranking.ranks(new double[]{0.5, 0.7, 0.7, 0.1, Double.NaN})).containsExactly(3, 1, 1, 4, 0);
    }

    /** R's quantile(type = 1): for 40 values the 2.5% quantile is the 1st, the 97.5% the 39th. */
    @Test
    void theQuantilesAreWholeRanksAsRType1Gives() {
        int[] sorted = new int[40];
        for (int k = 0; k < 40; k++) {
            sorted[k] = k + 1;
        }
        assertThat(Ranking.quantile(sorted, 0.025)).isEqualTo(1);
        assertThat(Ranking.quantile(sorted, 0.975)).isEqualTo(39);
        int[] thousand = new int[1000];
        for (int k = 0; k < 1000; k++) {
            thousand[k] = k;
        }
        // ceil(0.025 · 1000) = 25th value, ceil(0.975 · 1000) = 975th.
        assertThat(Ranking.quantile(thousand, 0.025)).isEqualTo(24);
        assertThat(Ranking.quantile(thousand, 0.975)).isEqualTo(974);
    }

    /**
     * Units a, b, c, d. In 40 replicates a and b swap places every other time, c is third, and d is fourth
     * except in one replicate where it is first (an outlier): d's 97.5% quantile is its 39th smallest rank, still 4, its
     * 2.5% quantile its 1st, so "hạng 1-4"; a and b are "1-2" and c "3-3" (the once d is first, they are one rank lower).
     */
    @Test
    void theIntervalRunsFromThe2Point5ToThe97Point5PercentQuantileOfTheReplicateRanks() {
        List<String> units = List.of("a", "b", "c", "d");
        double[] full = {0.9, 0.8, 0.5, 0.2};
        Ranking ranking = Ranking.of(units, full, 40, r -> {
            if (r == 0) {
                return new double[]{0.9, 0.8, 0.5, 0.95};
            }
            return r % 2 == 0 ? new double[]{0.9, 0.8, 0.5, 0.2} : new double[]{0.8, 0.9, 0.5, 0.2};
        });
        assertThat(ranking.intervals()).containsExactly(
                new Ranking.RankInterval("a", 1, 1, 2),
                new Ranking.RankInterval("b", 2, 1, 2),
                new Ranking.RankInterval("c", 3, 3, 3),
                new Ranking.RankInterval("d", 4, 1, 4));
    }

    @Test
    void clearlySeparatedUnitsHaveTightRanksAndEqualUnitsOverlap() {
        List<String> units = List.of("top", "twinA", "twinB", "bottom");
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[][] replicates = new double[1000][];
        for (int r = 0; r < 1000; r++) {
            replicates[r] = new double[]{0.95 + 0.005 * random.nextGaussian(), 0.7 + 0.01 * random.nextGaussian(),
                    0.7 + 0.01 * random.nextGaussian(), 0.3 + 0.005 * random.nextGaussian()};
        }
        Ranking ranking = Ranking.of(units, new double[]{0.95, 0.701, 0.699, 0.3}, 1000, r -> replicates[r]);
        assertThat(ranking.interval("top")).isEqualTo(new Ranking.RankInterval("top", 1, 1, 1));
        assertThat(ranking.interval("bottom")).isEqualTo(new Ranking.RankInterval("bottom", 4, 4, 4));
        assertThat(ranking.interval("twinA")).isEqualTo(new Ranking.RankInterval("twinA", 2, 2, 3));
        assertThat(ranking.interval("twinB")).isEqualTo(new Ranking.RankInterval("twinB", 3, 2, 3));

        assertThat(ranking.notDifferentFrom("twinA")).containsExactly("twinB");
        assertThat(ranking.notDifferentFrom("top")).isEmpty();
        Ranking.Difference twins = ranking.difference("twinA", "twinB");
        assertThat(twins.significant()).isFalse();
        // The two are independent with SE 0.01 each: the difference's SE is about √2 · 0.01.
        assertThat(twins.se()).isCloseTo(Math.sqrt(2) * 0.01, within(0.001));
        assertThat(ranking.pairs()).hasSize(6).filteredOn(d -> !d.significant()).hasSize(1);
        assertThat(ranking.se("top")).isCloseTo(0.005, within(0.0005));
    }

    /**
     * A difference is judged on the replicate differences, not on the two SEs apart: two units that move together
     * (sharing clusters) differ significantly though each alone varies more than the gap.
     */
    @Test
    void unitsThatMoveTogetherAreComparedThroughTheirDifference() {
        double[] noise = new double[200];
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        for (int r = 0; r < noise.length; r++) {
            noise[r] = 0.05 * random.nextGaussian();
        }
        Ranking ranking = Ranking.of(List.of("x", "y"), new double[]{0.62, 0.60}, 200,
                r -> new double[]{0.62 + noise[r], 0.60 + noise[r]});
        assertThat(ranking.se("x")).isGreaterThan(0.02);
        Ranking.Difference d = ranking.difference("x", "y");
        assertThat(d.estimate()).isCloseTo(0.02, within(1e-12));
        assertThat(d.se()).isLessThan(1e-9);
        assertThat(d.significant()).isTrue();
    }

    /** A unit without a value is not ranked, and the others are ranked without it, in the sample and in replicates. */
    @Test
    void aUnitWithoutAValueIsLeftOut() {
        Ranking ranking = Ranking.of(List.of("a", "none", "b"), new double[]{0.4, Double.NaN, 0.6}, 10,
                r -> new double[]{0.4, 0.99, 0.6});
        assertThat(ranking.intervals()).containsExactly(new Ranking.RankInterval("a", 2, 2, 2),
                new Ranking.RankInterval("b", 1, 1, 1));
        assertThat(ranking.interval("none")).isNull();
        assertThat(ranking.notDifferentFrom("a")).isEmpty();
        assertThat(ranking.difference("a", "none").significant()).isFalse();
    }
}
