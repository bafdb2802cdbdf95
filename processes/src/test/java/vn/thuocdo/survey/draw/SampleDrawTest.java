package vn.thuocdo.survey.draw;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reproducibility, independence and the shape of a drawn sample. */
class SampleDrawTest {

    @Test
    void theSameFramesDesignAndSeedGiveByteIdenticalSamplesWhateverTheOrderTheFramesArriveIn() {
        DrawnSample first = SampleDraw.draw(SmallFrames.design(), SmallFrames.both(), 20_260_930L);
        List<ProvinceFrame> shuffled = new ArrayList<>();
        for (ProvinceFrame p : List.of(SmallFrames.quangNinh(), SmallFrames.haiPhong())) {
            List<CommuneFrame> communes = new ArrayList<>(p.communes());
            java.util.Collections.reverse(communes);
            shuffled.add(new ProvinceFrame(p.unitId(), p.code(), p.name(), communes));
        }
        DrawnSample second = SampleDraw.draw(SmallFrames.design(), shuffled, 20_260_930L);
        assertThat(second.canonicalBytes()).isEqualTo(first.canonicalBytes());
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint()).hasSize(64);
    }

    @Test
    void aDrawIsPinnedSoThatAChangeToTheAlgorithmCannotSilentlyChangeWhatAnOldSeedRedraws() {
        DrawnSample sample = SampleDraw.draw(SmallFrames.design(), SmallFrames.both(), 42L);
        // Changing this fingerprint means old samples no longer redraw: give the algorithm a new format version.
        assertThat(sample.fingerprint()).isEqualTo(PINNED);
    }

    static final String PINNED = "815c45c713601cd9453b4526dd6bff75de209c5862273eff84c8e31edf5b57a0";

    @Test
    void differentSeedsGiveDifferentSamples() {
        Set<String> fingerprints = new HashSet<>();
        for (long seed = 1; seed <= 100; seed++) {
            fingerprints.add(SampleDraw.draw(SmallFrames.design(), SmallFrames.both(), seed).fingerprint());
        }
        assertThat(fingerprints).hasSize(100);
    }

    @Test
    void oneProvincesSampleDoesNotChangeWhenAnotherProvincesFrameDoes() {
        DrawnSample before = SampleDraw.draw(SmallFrames.design(), SmallFrames.both(), 7L);
        ProvinceFrame changed = SmallFrames.quangNinh();
        List<CommuneFrame> communes = new ArrayList<>(changed.communes());
        communes.remove(0);
        communes.add(SmallFrames.commune("10099", 999, 888, 777));
        DrawnSample after = SampleDraw.draw(SmallFrames.design(),
                List.of(SmallFrames.haiPhong(), new ProvinceFrame("T34-22", "02", "Quảng Ninh", communes)), 7L);
        assertThat(after.province("01")).isEqualTo(before.province("01"));
        assertThat(after.province("02")).isNotEqualTo(before.province("02"));
    }

    @Test
    void aCommunesVillageDrawDependsOnlyOnThatCommunesOwnVillages() {
        DrawnSample before = SampleDraw.draw(SmallFrames.design(), List.of(SmallFrames.evenProvince()), 11L);
        DrawnCommune kept = before.provinces().get(0).communes().get(0);
        // Moving a household between two villages of a commune not selected keeps every commune's size, so the
        // commune stage is unchanged; no selected commune's villages or households move.
        ProvinceFrame even = SmallFrames.evenProvince();
        List<CommuneFrame> communes = new ArrayList<>(even.communes());
        Set<String> selected = new HashSet<>(before.provinces().get(0).communes().stream().map(DrawnCommune::code).toList());
        int other = communes.stream().filter(c -> !selected.contains(c.code())).map(communes::indexOf).findFirst().orElseThrow();
        CommuneFrame c = communes.get(other);
        List<VillageFrame> villages = new ArrayList<>(c.villages());
        villages.set(0, SmallFrames.village(villages.get(0).name(), villages.get(0).households() + 1));
        villages.set(1, SmallFrames.village(villages.get(1).name(), villages.get(1).households() - 1));
        communes.set(other, new CommuneFrame(c.code(), c.name(), villages));
        DrawnSample after = SampleDraw.draw(SmallFrames.design(),
                List.of(new ProvinceFrame(even.unitId(), even.code(), even.name(), communes)), 11L);
        DrawnCommune same = after.provinces().get(0).communes().stream()
                .filter(x -> x.code().equals(kept.code())).findFirst().orElseThrow();
        assertThat(same.villages()).extracting(DrawnVillage::name, v -> v.householdDraw().slots().stream()
                        .map(HouseholdSlot::position).toList())
                .isEqualTo(kept.villages().stream().map(v -> org.assertj.core.groups.Tuple.tuple(v.name(),
                        v.householdDraw().slots().stream().map(HouseholdSlot::position).toList())).toList());
    }

    @Test
    void aSampleHasTheAskedCountsPerStageAndItsReplacementsComeFromUnitsNotSelected() {
        DrawnSample sample = SampleDraw.draw(SmallFrames.design(), SmallFrames.both(), 3L);
        for (DrawnProvince p : sample.provinces()) {
            assertThat(p.respondents()).isEqualTo(60);
            assertThat(p.communes()).hasSize(SmallFrames.COMMUNES_ASKED);
            Set<String> codes = new HashSet<>(p.communes().stream().map(DrawnCommune::code).toList());
            assertThat(p.replacements()).hasSize(2).extracting(Replacement::rank).containsExactly(1, 2);
            assertThat(p.replacements()).noneMatch(r -> codes.contains(r.code()));
            for (DrawnCommune c : p.communes()) {
                assertThat(c.villages()).hasSize(c.allVillagesTaken() ? c.villages().size() : 3);
                Set<String> names = new HashSet<>(c.villages().stream().map(DrawnVillage::name).toList());
                assertThat(c.replacements()).hasSizeLessThanOrEqualTo(1).noneMatch(r -> names.contains(r.name()));
                for (DrawnVillage v : c.villages()) {
                    HouseholdDraw h = v.householdDraw();
                    assertThat(h.slots()).hasSize((int) Math.min(5, h.frameSize()));
                    Set<Long> positions = new HashSet<>(h.slots().stream().map(HouseholdSlot::position).toList());
                    assertThat(positions).hasSize(h.slots().size()).allMatch(x -> x >= 1 && x <= h.frameSize());
                    assertThat(h.replacements()).noneMatch(r -> positions.contains(r.position()));
                    h.slots().forEach(s -> assertThat(s.position())
                            .isEqualTo((long) Math.floor(h.randomStart() + (s.order() - 1) * h.interval())));
                }
            }
        }
    }

    @Test
    void aVillageWithFewerHouseholdsThanAskedGivesAllOfThemWithProbabilityOne() {
        for (long seed = 1; seed < 400; seed++) {
            DrawnSample sample = SampleDraw.draw(SmallFrames.design(), SmallFrames.both(), seed);
            var tiny = sample.province("02").communes().stream().filter(c -> c.code().equals("10003"))
                    .flatMap(c -> c.villages().stream()).filter(v -> v.households() == 3).findFirst();
            if (tiny.isPresent()) {
                HouseholdDraw h = tiny.get().householdDraw();
                assertThat(h.allTaken()).isTrue();
                assertThat(h.slots()).extracting(HouseholdSlot::position).containsExactly(1L, 2L, 3L);
                assertThat(h.slots()).allMatch(s -> s.inclusion().stage() == 1.0 && s.inclusion().certainty());
                return;
            }
        }
        throw new AssertionError("commune 10003 was never drawn in 400 seeds");
    }

    @Test
    void householdsFromAnUploadedListCarryTheListsEntries() {
        DrawnSample sample = SampleDraw.draw(SmallFrames.design(), SmallFrames.both(), 5L);
        DrawnVillage listed = sample.province("01").communes().stream().filter(c -> c.code().equals("00001"))
                .flatMap(c -> c.villages().stream()).filter(v -> v.name().equals("Tổ 3")).findFirst().orElseThrow();
        assertThat(listed.householdDraw().fromList()).isTrue();
        assertThat(listed.householdDraw().slots()).hasSize(5)
                .allMatch(s -> s.household().equals("Hộ số " + s.position()));
        assertThat(listed.householdDraw().replacements()).hasSize(3).allMatch(r -> r.household() != null);
    }

    @Test
    void anEqualProbabilityDesignGivesEveryCommuneAndVillageTheSameChanceWhateverItsSize() {
        var design = new vn.thuocdo.forms.design.SampleDesign("equal", 1, new vn.thuocdo.forms.Text("Thử", "Test"),
                new vn.thuocdo.forms.Text("Thử [A]", "Test [A]"), "sampling-frame@1",
                vn.thuocdo.forms.design.Allocation.fixed(60), List.of(
                new vn.thuocdo.forms.design.DesignStage(vn.thuocdo.forms.design.StageLevel.COMMUNE,
                        vn.thuocdo.forms.design.SelectionMethod.SYSTEMATIC, null, null, 2),
                new vn.thuocdo.forms.design.DesignStage(vn.thuocdo.forms.design.StageLevel.VILLAGE,
                        vn.thuocdo.forms.design.SelectionMethod.SYSTEMATIC, null, 3, 1),
                new vn.thuocdo.forms.design.DesignStage(vn.thuocdo.forms.design.StageLevel.HOUSEHOLD,
                        vn.thuocdo.forms.design.SelectionMethod.SYSTEMATIC, null, 5, 3)));
        DrawnProvince p = SampleDraw.draw(design, List.of(SmallFrames.quangNinh()), 12L).provinces().get(0);
        // Under PPS commune 10004 (1,500 of 6,893 households) would have 0.87; here every commune has 4 in 12,
        // and every village 3 in its commune's count.
        Map<String, Integer> villages = new java.util.HashMap<>();
        SmallFrames.quangNinh().communes().forEach(c -> villages.put(c.code(), c.villages().size()));
        assertThat(p.communes()).hasSize(4).allSatisfy(c -> {
            assertThat(c.inclusion().stage()).isEqualTo(4.0 / 12);
            assertThat(c.inclusion().certainty()).isFalse();
            double expected = Math.min(1.0, 3.0 / villages.get(c.code()));
            assertThat(c.villages()).allSatisfy(v -> assertThat(v.inclusion().stage()).isEqualTo(expected));
        });
    }
}
