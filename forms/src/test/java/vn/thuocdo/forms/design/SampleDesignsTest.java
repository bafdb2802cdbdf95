package vn.thuocdo.forms.design;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.DefinitionInvalid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleDesignsTest {

    private final SampleDesigns catalogue = SampleDesigns.load();

    @Test
    void theShippedNationalDesignIsALabelledDefaultAtTheScaleOfRecentSurveys() {
        SampleDesign d = catalogue.latest("sipas-households");
        assertThat(d.reference()).isEqualTo("sipas-households@1");
        assertThat(d.description().vi()).contains("[A]");
        assertThat(d.description().en()).contains("[A]");
        assertThat(d.frame()).isEqualTo("sampling-frame@1");
        assertThat(d.allocation()).isEqualTo(Allocation.total(36_000, 600, SizeMeasure.HOUSEHOLDS));
        assertThat(d.stages()).extracting(DesignStage::level)
                .containsExactly(StageLevel.COMMUNE, StageLevel.VILLAGE, StageLevel.HOUSEHOLD);
        assertThat(d.stages()).extracting(DesignStage::replacements).containsExactly(2, 1, 3);
        // 90 respondents a commune: 36,000 is about 400 communes and 1,200 villages, as in 2024 (385 and 1,170).
        assertThat(d.respondentsPerCommune()).isEqualTo(90);
    }

    @Test
    void theProvincialDesignUsesYamanesRuleAtFivePercent() {
        SampleDesign d = catalogue.get("sipas-province@1");
        assertThat(d.allocation()).isEqualTo(Allocation.yamane(new BigDecimal("0.05"), SizeMeasure.HOUSEHOLDS));
        assertThat(d.description().vi()).contains("[A]");
        assertThat(catalogue.all()).extracting(SampleDesign::reference)
                .containsExactly("sipas-households@1", "sipas-province@1");
    }

    @Test
    void anUnknownPropertyOrAnUnknownMeasureStopsTheLoadNamingTheFile() {
        assertThatThrownBy(() -> SampleDesigns.load(getClass().getClassLoader(), "forms/designs-unknown-property.json"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("unknown-property.json")
                .hasMessageContaining("perParnet");
        assertThatThrownBy(() -> SampleDesigns.load(getClass().getClassLoader(), "forms/designs-unknown-measure.json"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("dwellings")
                .hasMessageContaining("households").hasMessageContaining("population");
    }

    @Test
    void stagesOutOfOrderAreRefused() {
        SampleDesign good = catalogue.latest("sipas-households");
        List<DesignStage> swapped = new ArrayList<>(good.stages());
        swapped.add(0, swapped.remove(1));
        assertThatThrownBy(() -> SampleDesigns.validate("x.json", with(good, good.allocation(), swapped)))
                .hasMessageContaining("x.json").hasMessageContaining("COMMUNE, VILLAGE, HOUSEHOLD in this order");
    }

    @Test
    void everyBadStageSettingIsReportedAtOnce() {
        SampleDesign good = catalogue.latest("sipas-households");
        List<DesignStage> bad = List.of(
                new DesignStage(StageLevel.COMMUNE, SelectionMethod.PPS_SYSTEMATIC, null, 4, 21),
                new DesignStage(StageLevel.VILLAGE, SelectionMethod.SYSTEMATIC, SizeMeasure.POPULATION, 0, -1),
                new DesignStage(StageLevel.HOUSEHOLD, SelectionMethod.PPS_SYSTEMATIC, SizeMeasure.HOUSEHOLDS, 10, 3));
        assertThatThrownBy(() -> SampleDesigns.validate("y.json", with(good, good.allocation(), bad)))
                .hasMessageContaining("stage COMMUNE: PPS_SYSTEMATIC needs a measure")
                .hasMessageContaining("stage COMMUNE: perParent does not apply")
                .hasMessageContaining("stage COMMUNE: replacements must be 0 to 20, was 21")
                .hasMessageContaining("stage VILLAGE: a measure applies to PPS_SYSTEMATIC only")
                .hasMessageContaining("stage VILLAGE: perParent must be 1 to 1000, was 0")
                .hasMessageContaining("stage VILLAGE: replacements must be 0 to 20, was -1")
                .hasMessageContaining("stage HOUSEHOLD: households are drawn SYSTEMATIC");
    }

    @Test
    void allocationParametersMustFitTheirRule() {
        SampleDesign good = catalogue.latest("sipas-households");
        assertThatThrownBy(() -> SampleDesigns.validate("m.json", with(good,
                Allocation.yamane(new BigDecimal("0.6"), SizeMeasure.HOUSEHOLDS), good.stages())))
                .hasMessageContaining("margin must be above 0 and at most 0.5, was 0.6");
        assertThatThrownBy(() -> SampleDesigns.validate("z.json", with(good,
                Allocation.yamane(BigDecimal.ZERO, SizeMeasure.HOUSEHOLDS), good.stages())))
                .hasMessageContaining("margin must be above 0");
        assertThatThrownBy(() -> SampleDesigns.validate("f.json", with(good, Allocation.fixed(0), good.stages())))
                .hasMessageContaining("respondents must be 1 to 1000000, was 0");
        assertThatThrownBy(() -> SampleDesigns.validate("t.json", with(good,
                new Allocation(AllocationRule.TOTAL, 1000, new BigDecimal("0.05"), 2000, null), good.stages())))
                .hasMessageContaining("margin does not apply")
                .hasMessageContaining("minimum must be 1 to the total respondents, was 2000")
                .hasMessageContaining("measure (households or population) is required");
        assertThatThrownBy(() -> SampleDesigns.validate("n.json", with(good, null, good.stages())))
                .hasMessageContaining("allocation needs a rule");
    }

    private static SampleDesign with(SampleDesign d, Allocation allocation, List<DesignStage> stages) {
        return new SampleDesign(d.id(), d.version(), d.title(), d.description(), d.frame(), allocation, stages);
    }
}
