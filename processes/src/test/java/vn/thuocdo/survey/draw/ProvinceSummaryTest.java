package vn.thuocdo.survey.draw;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProvinceSummaryTest {

    @Test
    void aSelfWeightingProvinceHasEqualWeightsAndNoSpread() {
        ProvinceFrame even = SmallFrames.evenProvince();
        DrawnProvince p = SampleDraw.draw(SmallFrames.design(), List.of(even), 8L).provinces().get(0);
        ProvinceSummary s = ProvinceSummary.of(p);
        assertThat(s.communes()).isEqualTo(4);
        assertThat(s.certaintyCommunes()).isZero();
        assertThat(s.villages()).isEqualTo(12);
        assertThat(s.householdSlots()).isEqualTo(60);
        assertThat(s.communeReplacements()).isEqualTo(2);
        assertThat(s.villageReplacements()).isEqualTo(4);
        assertThat(s.minWeight()).isCloseTo(SmallFrames.households(even) / 60.0, within(1e-9));
        assertThat(s.maxWeight()).isCloseTo(s.minWeight(), within(1e-9));
        assertThat(s.weightCv()).isZero();
    }

    @Test
    void certaintyCommunesSpreadTheWeightsAndAreCounted() {
        DrawnProvince p = SampleDraw.draw(SmallFrames.design(), SmallFrames.both(), 8L).province("01");
        ProvinceSummary s = ProvinceSummary.of(p);
        assertThat(s.certaintyCommunes()).isEqualTo(2);
        assertThat(s.maxWeight()).isGreaterThan(s.minWeight());
        assertThat(s.weightCv()).isPositive();
        double[] weights = p.communes().stream().flatMap(c -> c.villages().stream())
                .flatMap(v -> v.householdDraw().slots().stream()).mapToDouble(x -> x.inclusion().weight()).toArray();
        double mean = java.util.Arrays.stream(weights).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(weights).map(w -> (w - mean) * (w - mean)).sum() / weights.length);
        assertThat(s.weightCv()).isCloseTo(sd / mean, within(1e-9));
        assertThat(s.householdSlots()).isEqualTo(p.expectedRespondents());
    }
}
