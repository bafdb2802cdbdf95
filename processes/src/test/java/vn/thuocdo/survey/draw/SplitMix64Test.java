package vn.thuocdo.survey.draw;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitMix64Test {

    @Test
    void producesTheSameSequenceAsTheJdksSplitMixForTheSameSeed() {
        // java.util.SplittableRandom(seed) is SplitMix64 with the golden gamma: an independent implementation.
        for (long seed : new long[]{0, 1, -1, 42, 20_260_930L, Long.MIN_VALUE}) {
            SplitMix64 ours = new SplitMix64(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 1000; i++) {
                assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
            }
        }
    }

    @Test
    void theFirstNumbersOfAStreamArePinnedSoARedrawYearsLaterMatches() {
        SplitMix64 stream = SplitMix64.derive(2026L, "31");
        assertThat(new long[]{stream.nextLong(), stream.nextLong()}).containsExactly(PINNED);
    }

    static final long[] PINNED = {8189580497470438234L, -623963897560373061L};

    @Test
    void streamsOfDifferentPathsDiffer() {
        assertThat(SplitMix64.derive(1, "01").nextLong()).isNotEqualTo(SplitMix64.derive(1, "02").nextLong());
        assertThat(SplitMix64.derive(1, "01", "2").nextLong()).isNotEqualTo(SplitMix64.derive(1, "012").nextLong());
        assertThat(SplitMix64.derive(1, "01").nextLong()).isNotEqualTo(SplitMix64.derive(2, "01").nextLong());
    }

    @Test
    void boundedNumbersStayInRangeAndCoverIt() {
        SplitMix64 random = new SplitMix64(9);
        int[] seen = new int[7];
        for (int i = 0; i < 7_000; i++) {
            long v = random.nextLong(7);
            assertThat(v).isBetween(0L, 6L);
            seen[(int) v]++;
        }
        assertThat(java.util.Arrays.stream(seen).boxed().toList()).allMatch(n -> n > 850 && n < 1150);
        assertThatThrownBy(() -> random.nextLong(0)).isInstanceOf(IllegalArgumentException.class);
        for (int i = 0; i < 1000; i++) {
            assertThat(random.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
            assertThat(random.nextPositiveDouble()).isGreaterThan(0).isLessThanOrEqualTo(1);
        }
    }
}
