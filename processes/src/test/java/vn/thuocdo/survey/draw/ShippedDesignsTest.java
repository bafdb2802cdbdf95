package vn.thuocdo.survey.draw;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.design.SampleDesigns;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped designs draw a sample of the intended scale from a national frame. */
class ShippedDesignsTest {

    static final List<ProvinceFrame> NATION = NationalFrames.generate(2025);

    @Test
    void theGeneratedNationalFrameHasTheScaleOfTodaysLocalGovernment() {
        assertThat(NATION).hasSize(34);
        assertThat(NATION.stream().mapToInt(p -> p.communes().size()).sum()).isEqualTo(3_321);
        assertThat(NationalFrames.villages(NATION)).isBetween(30_000L, 36_000L);
        assertThat(NationalFrames.generate(2025)).isEqualTo(NATION);
    }

    @Test
    void theNationalDesignDrawsAbout400CommunesAnd1200VillagesFor36000Respondents() {
        SampleDesign design = SampleDesigns.load().get("sipas-households@1");
        DrawnSample sample = SampleDraw.draw(design, NATION, 20_250_901L);
        assertThat(sample.provinces()).hasSize(34).allMatch(p -> p.respondents() >= 600);
        assertThat(sample.provinces().stream().mapToInt(DrawnProvince::respondents).sum()).isEqualTo(36_000);
        int communes = sample.provinces().stream().mapToInt(p -> p.communes().size()).sum();
        long villages = sample.provinces().stream().flatMap(p -> p.communes().stream())
                .mapToLong(c -> c.villages().size()).sum();
        assertThat(communes).isBetween(400, 434);   // ceil per province: at most one extra commune each
        assertThat(villages).isBetween(1_150L, 3L * communes);
        assertThat(sample.provinces().stream().mapToInt(DrawnProvince::expectedRespondents).sum())
                .isBetween(34_000, 39_100);
    }

    @Test
    void theProvincialDesignGivesAYamaneSampleOfAtMost400PerProvince() {
        SampleDesign design = SampleDesigns.load().get("sipas-province@1");
        DrawnSample sample = SampleDraw.draw(design, NATION.subList(0, 3), 1L);
        assertThat(sample.provinces()).allSatisfy(p -> {
            assertThat(p.respondents()).isBetween(390, 400);
            assertThat(p.communes()).hasSize((p.respondents() + 39) / 40);
        });
    }
}
