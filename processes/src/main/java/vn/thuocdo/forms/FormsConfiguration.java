package vn.thuocdo.forms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the methodology definitions once at start-up; a broken definition stops the start. */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

    @Bean
    FormCatalogue formCatalogue() {
        return FormCatalogue.load();
    }

    @Bean
    FrameCatalogue frameCatalogue() {
        return FrameCatalogue.load();
    }

    /**
     * The shipped scorecards, validated at start. The scorecard administration (imported official versions) may
     * replace this bean with one that includes them; a self-assessment pins its scorecard's id either way.
     */
    @Bean
    vn.thuocdo.forms.scorecard.ScorecardCatalogue scorecardCatalogue() {
        return vn.thuocdo.forms.scorecard.ScorecardCatalogue.load();
    }

    @Bean
    vn.thuocdo.forms.design.SampleDesigns sampleDesigns() {
        return vn.thuocdo.forms.design.SampleDesigns.load();
    }
}
