package vn.thuocdo.survey.draw;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.design.Allocation;
import vn.thuocdo.forms.design.SizeMeasure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad frames and sizes are refused before anything is drawn, each problem with its key and where it is. */
class DrawRefusalTest {

    @Test
    void aVillageWithZeroOrMissingHouseholdsIsRefusedNamingProvinceCommuneAndVillage() {
        ProvinceFrame frame = withVillages(SmallFrames.haiPhong(), "00003",
                List.of(new VillageFrame("Thôn Đông", 0L, 100L), new VillageFrame("Thôn Tây", null, 100L)));
        DrawRefused refused = refuse(SmallFrames.design(), List.of(frame, SmallFrames.quangNinh()));
        assertThat(refused.key()).isEqualTo("draw.refused");
        assertThat(refused.problems()).containsExactly(
                new DrawProblem("draw.sizeNotPositive.households", "Hải Phòng", "00003", "Xã 00003", "Thôn Đông", LIMIT),
                new DrawProblem("draw.sizeMissing.households", "Hải Phòng", "00003", "Xã 00003", "Thôn Tây", LIMIT));
    }

    static final long LIMIT = 100_000_000L;

    @Test
    void aVillageSizeBeyondAnyRealVillageIsRefusedBeforeItCouldOverflowTheArithmetic() {
        ProvinceFrame frame = withVillages(SmallFrames.haiPhong(), "00003",
                List.of(new VillageFrame("Thôn Đông", LIMIT + 1, 100L), new VillageFrame("Thôn Tây", LIMIT, 100L)));
        assertThat(refuse(SmallFrames.design(), List.of(frame)).problems()).containsExactly(
                new DrawProblem("draw.sizeTooLarge.households", "Hải Phòng", "00003", "Xã 00003", "Thôn Đông", LIMIT));
    }

    @Test
    void aMissingPopulationIsRefusedOnlyWhenTheDesignMeasuresByPopulation() {
        ProvinceFrame frame = withVillages(SmallFrames.haiPhong(), "00003",
                List.of(new VillageFrame("Thôn Đông", 50L, null), new VillageFrame("Thôn Tây", 60L, 200L)));
        assertThat(SampleDraw.draw(SmallFrames.design(), List.of(frame), 1L).provinces()).hasSize(1);
        DrawRefused refused = refuse(SmallFrames.design(Allocation.fixed(60), SizeMeasure.POPULATION), List.of(frame));
        assertThat(refused.problems()).containsExactly(
                new DrawProblem("draw.sizeMissing.population", "Hải Phòng", "00003", "Xã 00003", "Thôn Đông", LIMIT));
    }

    @Test
    void aDesignAskingForMoreCommunesThanTheProvinceHasIsRefused() {
        // 1,000 respondents at 15 per commune is 67 communes; Quảng Ninh's frame has 12.
        DrawRefused refused = refuse(SmallFrames.design(Allocation.fixed(1000)), List.of(SmallFrames.quangNinh()));
        assertThat(refused.problems()).containsExactly(new DrawProblem("draw.tooManyCommunes", "Quảng Ninh", 67, 12, 1000));
    }

    @Test
    void aMinimumTheTotalCannotGiveEveryProvinceIsRefused() {
        DrawRefused refused = refuse(SmallFrames.design(Allocation.total(100, 60, SizeMeasure.HOUSEHOLDS)),
                SmallFrames.both());
        assertThat(refused.problems()).containsExactly(new DrawProblem("draw.minimumTooLarge", 60, 2, 100));
    }

    @Test
    void emptyFramesCommunesWithoutVillagesAndUnitsListedTwiceAreEachRefused() {
        ProvinceFrame empty = new ProvinceFrame("T34-01", "03", "Hà Nội", List.of());
        ProvinceFrame twice = new ProvinceFrame("T34-22", "02", "Quảng Ninh", List.of(
                new CommuneFrame("10001", "Xã A", List.of()),
                new CommuneFrame("10001", "Xã A bis", List.of(SmallFrames.village("Thôn 1", 10),
                        SmallFrames.village(" thôn  1", 12)))));
        DrawRefused refused = refuse(SmallFrames.design(), List.of(empty, twice, twice));
        assertThat(refused.keys()).containsExactly("draw.frameEmpty", "draw.communeEmpty", "draw.communeTwice",
                "draw.villageTwice", "draw.provinceTwice", "draw.communeEmpty", "draw.communeTwice",
                "draw.villageTwice");
        assertThat(refuse(SmallFrames.design(), List.of()).keys()).containsExactly("draw.noProvinces");
    }

    @Test
    void aMissingProvinceCodeCommuneCodeOrVillageNameIsRefusedSinceTheyOrderTheFrame() {
        ProvinceFrame frame = new ProvinceFrame("T34-22", " ", "Quảng Ninh", List.of(
                new CommuneFrame(null, "Xã Không Mã", List.of(SmallFrames.village("Thôn 1", 10))),
                new CommuneFrame("10002", "Xã B", List.of(new VillageFrame(null, 10L, 40L)))));
        assertThat(refuse(SmallFrames.design(), List.of(frame)).problems()).containsExactly(
                new DrawProblem("draw.provinceCodeMissing", "Quảng Ninh"),
                new DrawProblem("draw.communeCodeMissing", "Quảng Ninh", "Xã Không Mã"),
                new DrawProblem("draw.villageNameMissing", "Quảng Ninh", "10002", "Xã B"));
    }

    @Test
    void aSizeRuleThatGivesZeroIsRefused() {
        // Yamane over a province whose measure adds up to nothing would give n = 0; sizes are refused first, so
        // reach the rule directly.
        assertThat(SampleSizes.yamane(0, new BigDecimal("0.05"))).isZero();
        ProvinceFrame frame = SmallFrames.quangNinh();
        List<DrawProblem> problems = FrameChecks.sizes(SmallFrames.design(Allocation.yamane(new BigDecimal("0.05"),
                SizeMeasure.HOUSEHOLDS)), List.of(new ProvinceFrame("x", "09", "Tỉnh rỗng", List.of())));
        assertThat(problems).containsExactly(new DrawProblem("draw.sizeRuleZero", "Tỉnh rỗng", "YAMANE"));
        assertThat(FrameChecks.sizes(SmallFrames.design(), List.of(frame))).isEmpty();
    }

    private static DrawRefused refuse(vn.thuocdo.forms.design.SampleDesign design, List<ProvinceFrame> frames) {
        DrawRefused refused = catchThrowableOfType(() -> SampleDraw.draw(design, frames, 1L), DrawRefused.class);
        // Every key refused with is one the bundles are checked for (DrawMessagesTest in web-ui).
        assertThat(DrawProblem.KEYS).containsAll(refused.keys());
        return refused;
    }

    private static ProvinceFrame withVillages(ProvinceFrame frame, String commune, List<VillageFrame> villages) {
        List<CommuneFrame> communes = new ArrayList<>();
        for (CommuneFrame c : frame.communes()) {
            communes.add(c.code().equals(commune) ? new CommuneFrame(c.code(), c.name(), villages) : c);
        }
        return new ProvinceFrame(frame.unitId(), frame.code(), frame.name(), communes);
    }
}
