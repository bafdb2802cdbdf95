package vn.thuocdo.workflow.process;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the engine wait for Flyway. Otherwise Camunda creates its ACT_* tables first and Flyway refuses the
 * non-empty schema on a fresh database.
 */
@Configuration(proxyBeanMethods = false)
class EngineAfterFlyway {

    private static final List<String> ENGINE_BEANS = List.of("processEngineFactoryBean", "processEngine");
    private static final String FLYWAY = "flywayInitializer";

    @Bean
    static BeanFactoryPostProcessor engineDependsOnFlyway() {
        return beanFactory -> dependOnFlyway(beanFactory);
    }

    private static void dependOnFlyway(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY)) {
            return;
        }
        for (String name : ENGINE_BEANS) {
            if (beanFactory.containsBeanDefinition(name)) {
                BeanDefinition engine = beanFactory.getBeanDefinition(name);
                List<String> dependsOn = new ArrayList<>(engine.getDependsOn() == null
                        ? List.of() : Arrays.asList(engine.getDependsOn()));
                dependsOn.add(FLYWAY);
                engine.setDependsOn(dependsOn.toArray(String[]::new));
            }
        }
    }
}
