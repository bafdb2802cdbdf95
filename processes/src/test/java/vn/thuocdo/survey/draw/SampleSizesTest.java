package vn.thuocdo.survey.draw;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.design.Allocation;
import vn.thuocdo.forms.design.SizeMeasure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SampleSizesTest {

    @Test
    void yamanesRuleIsRoundedUpExactlyEvenWhenTheQuotientIsWhole() {
        BigDecimal e = new BigDecimal("0.05");
        assertThat(SampleSizes.yamane(400, e)).isEqualTo(200);          // 400 / 2 exactly, not 201
        assertThat(SampleSizes.yamane(1_000_000, e)).isEqualTo(400);    // 399.84 -> 400
        assertThat(SampleSizes.yamane(650_000, e)).isEqualTo(400);      // 399.75 -> 400
        assertThat(SampleSizes.yamane(1, e)).isEqualTo(1);
        assertThat(SampleSizes.yamane(10_000, new BigDecimal("0.1"))).isEqualTo(100); // 99.0099 -> 100
    }

    @Test
    void aTotalIsSharedByTheMeasureWithTheFloorAndAddsUpExactly() {
        List<ProvinceFrame> frames = new ArrayList<>();
        long[] households = {1_000_000, 10_000, 333_333, 333_333, 333_334, 5_000};
        for (int i = 0; i < households.length; i++) {
            frames.add(new ProvinceFrame("u" + i, "%02d".formatted(i + 1), "Tỉnh " + i,
                    List.of(SmallFrames.commune("0000" + i, households[i]))));
        }
        Map<String, Integer> n = SampleSizes.allocate(Allocation.total(10_000, 600, SizeMeasure.HOUSEHOLDS), frames);
        assertThat(n.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
        assertThat(n).containsEntry("02", 600).containsEntry("06", 600);
        assertThat(n.values()).allMatch(v -> v >= 600);
        // 8,800 left for 2,000,000 households: 4,400 exactly, then 1,466.665 (twice) and 1,466.670; the two
        // respondents left go to the largest remainder (05), then to the lower code of the tie (03, not 04).
        assertThat(n).containsEntry("01", 4400).containsEntry("03", 1467).containsEntry("04", 1466)
                .containsEntry("05", 1467);
    }

    @Test
    void aFixedSizeIsTheSameEverywhere() {
        assertThat(SampleSizes.allocate(Allocation.fixed(1080), SmallFrames.both()))
                .containsExactly(Map.entry("01", 1080), Map.entry("02", 1080));
    }
}
