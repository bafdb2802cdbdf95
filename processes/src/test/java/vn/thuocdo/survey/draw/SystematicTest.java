package vn.thuocdo.survey.draw;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SystematicTest {

    @Test
    void certaintyUnitsAreFoundIterativelyAndTheRestShareTheRemainingDraws() {
        // 2523 >= 8673/4 at once; 2100 >= 6150/3 only after the first is set aside; then 2 of the rest by size.
        long[] sizes = {2523, 2100, 200, 250, 700, 400, 100, 800, 650, 150, 700, 100};
        for (long seed = 0; seed < 50; seed++) {
            Systematic.Result r = Systematic.select(sizes, 4, new SplitMix64(seed));
            assertThat(r.certain()).startsWith(true, true, false);
            assertThat(count(r.selected())).isEqualTo(4);
            assertThat(r.probability()[0]).isEqualTo(1.0);
            assertThat(r.probability()[4]).isEqualTo(2.0 * 700 / 4050);
            assertThat(r.total()).isEqualTo(4050);
        }
    }

    @Test
    void askingForAsManyUnitsAsThereAreTakesThemAllWithCertainty() {
        Systematic.Result r = Systematic.select(new long[]{5, 1, 9}, 3, new SplitMix64(1));
        assertThat(r.selected()).containsExactly(true, true, true);
        assertThat(r.probability()).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void equalSizesGiveEqualProbabilitiesAndExactlyTheAskedNumber() {
        long[] ones = new long[37];
        java.util.Arrays.fill(ones, 1);
        for (long seed = 0; seed < 100; seed++) {
            Systematic.Result r = Systematic.select(ones, 10, new SplitMix64(seed));
            assertThat(count(r.selected())).isEqualTo(10);
            assertThat(r.probability()).containsOnly(10.0 / 37);
        }
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
