package vn.thuocdo.survey.draw;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.design.Allocation;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.design.SizeMeasure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The draw against its own promises, over 10,000 draws with seeds 1 to 10,000 from {@link SmallFrames}: every
 * commune's and village's selection frequency matches the inclusion probability the draw stores for it, within
 * 4.5 binomial standard errors. One such comparison exceeds 4.5 standard errors by chance with probability about
 * 6.8e-6 (normal approximation); over the ~150 comparisons here the family-wise false-alarm rate is about 0.1%.
 * The seeds are fixed, so the outcome is the same on every run: a failure means the draw, not bad luck.
 */
class SampleDrawStatisticsTest {

    static final int DRAWS = 10_000;
    static final double Z = 4.5;

    /** Per unit key: times selected, and the inclusion probability stored with it (the same in every draw). */
    static final Map<String, Integer> selected = new HashMap<>();
    static final Map<String, Double> stored = new HashMap<>();
    static final Map<Long, Integer> listPositions = new HashMap<>();
    static double weightSum;
    static double weightSquares;
    static int certaintyMissed;
    static boolean exactSums = true;
    static final long HOUSEHOLDS = SmallFrames.households(SmallFrames.haiPhong())
            + SmallFrames.households(SmallFrames.quangNinh());
    static final SampleDesign BY_POPULATION = SmallFrames.design(Allocation.fixed(60), SizeMeasure.POPULATION);

    @BeforeAll
    static void drawTenThousandSamples() {
        List<ProvinceFrame> frames = SmallFrames.both();
        for (long seed = 1; seed <= DRAWS; seed++) {
            DrawnSample sample = SampleDraw.draw(SmallFrames.design(), frames, seed);
            double weights = 0;
            for (DrawnProvince p : sample.provinces()) {
                List<String> codes = p.communes().stream().map(DrawnCommune::code).toList();
                if (p.code().equals("01") && !codes.containsAll(List.of("00001", "00002"))) {
                    certaintyMissed++;
                }
                for (DrawnCommune c : p.communes()) {
                    count(c.code(), c.inclusion().overall());
                    for (DrawnVillage v : c.villages()) {
                        count(c.code() + "/" + v.name(), v.inclusion().overall());
                        for (HouseholdSlot s : v.householdDraw().slots()) {
                            weights += s.inclusion().weight();
                            if (v.householdDraw().fromList()) {
                                listPositions.merge(s.position(), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
            exactSums = exactSums && Math.abs(weights - HOUSEHOLDS) < 1e-6;
            DrawnSample byPopulation = SampleDraw.draw(BY_POPULATION, frames, seed);
            double populationWeights = byPopulation.provinces().stream().flatMap(p -> p.communes().stream())
                    .flatMap(c -> c.villages().stream()).flatMap(v -> v.householdDraw().slots().stream())
                    .mapToDouble(s -> s.inclusion().weight()).sum();
            weightSum += populationWeights;
            weightSquares += populationWeights * populationWeights;
        }
    }

    private static void count(String key, double probability) {
        selected.merge(key, 1, Integer::sum);
        Double before = stored.putIfAbsent(key, probability);
        assertThat(before == null || before == probability).as("stored probability of %s is stable", key).isTrue();
    }

    @Test
    void everyCommuneAndVillageIsSelectedAsOftenAsItsStoredInclusionProbabilitySays() {
        List<ProvinceFrame> frames = SmallFrames.both();
        int checked = 0;
        for (ProvinceFrame p : frames) {
            for (CommuneFrame c : p.communes()) {
                // A unit never selected has no stored probability; its true one is then tiny or the draw is wrong.
                assertThat(selected).as("commune %s was selected at least once", c.code()).containsKey(c.code());
                checked += agree(c.code());
                for (VillageFrame v : c.villages()) {
                    checked += agree(c.code() + "/" + v.name());
                }
            }
        }
        assertThat(checked).isEqualTo(24 + 79);
    }

    private static int agree(String key) {
        int n = selected.getOrDefault(key, 0);
        assertThat(n).as("%s selected at least once", key).isPositive();
        double p = stored.get(key);
        if (p == 1.0) {
            assertThat(n).as("%s has probability 1", key).isEqualTo(DRAWS);
        } else {
            double se = Math.sqrt(DRAWS * p * (1 - p));
            assertThat(Math.abs(n - DRAWS * p) / se).as("%s: %d selections for probability %f", key, n, p)
                    .isLessThan(Z);
        }
        return 1;
    }

    @Test
    void theCertaintyCommunesAreInEverySampleEvenTheOneFoundOnlyAfterTheFirstWasSetAside() {
        assertThat(certaintyMissed).isZero();
        assertThat(stored.get("00001")).isEqualTo(1.0);
        assertThat(stored.get("00002")).isEqualTo(1.0);
        assertThat(stored.get("10004")).isLessThan(1.0);
    }

    @Test
    void everyHouseholdOfTheUploadedListIsDrawnWithProbabilityFiveIn23() {
        // Tổ 3 of the certainty commune 00001 is always in (its commune has only 3 villages): 5 of its 23 listed
        // households each time, so each position is drawn 10,000 × 5/23 times in expectation.
        assertThat(listPositions).hasSize(23);
        double p = 5.0 / 23;
        listPositions.forEach((position, n) -> assertThat(Math.abs(n - DRAWS * p) / Math.sqrt(DRAWS * p * (1 - p)))
                .as("household %d drawn %d times", position, n).isLessThan(Z));
    }

    @Test
    void whenEveryStageIsProportionalToHouseholdsTheWeightsOfEachDrawAddUpToTheHouseholdsExactly() {
        // Horvitz-Thompson estimating the very measure the stages are proportional to has no variance, certainty
        // units and all-taken villages included: a weight off anywhere would show here in every draw.
        assertThat(exactSums).isTrue();
    }

    @Test
    void whenCommunesAndVillagesAreDrawnByPopulationTheHouseholdWeightsAddUpToTheHouseholdsOnAverage() {
        double mean = weightSum / DRAWS;
        double sd = Math.sqrt((weightSquares - DRAWS * mean * mean) / (DRAWS - 1));
        // Persons per household differ between villages, so single draws vary around the total...
        assertThat(sd).isGreaterThan(HOUSEHOLDS * 0.001);
        // ...and their mean is the total within 4.5 standard errors (Horvitz-Thompson is unbiased).
        assertThat(Math.abs(mean - HOUSEHOLDS) / (sd / Math.sqrt(DRAWS))).as("mean %f vs %d", mean, HOUSEHOLDS)
                .isLessThan(Z);
    }

    @Test
    void aSelfWeightingDesignWithoutCertaintyUnitsGivesEveryHouseholdTheSameWeight() {
        ProvinceFrame even = SmallFrames.evenProvince();
        long households = SmallFrames.households(even);
        for (long seed = 1; seed <= 200; seed++) {
            DrawnProvince p = SampleDraw.draw(SmallFrames.design(), List.of(even), seed).provinces().get(0);
            List<Double> weights = p.communes().stream().flatMap(c -> c.villages().stream())
                    .flatMap(v -> v.householdDraw().slots().stream()).map(s -> s.inclusion().weight()).toList();
            assertThat(p.communes()).noneMatch(c -> c.inclusion().certainty());
            assertThat(weights).hasSize(60).allSatisfy(w -> assertThat(w).isCloseTo(households / 60.0, within(1e-9)));
        }
    }
}
