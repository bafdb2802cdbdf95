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

    @Bean
    vn.thuocdo.forms.design.SampleDesigns sampleDesigns() {
        return vn.thuocdo.forms.design.SampleDesigns.load();
    }
}
