package vn.thuocdo.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of a capability through its real adapter (e.g. spreadsheets) on a fresh PostgreSQL database: processes'
 * {@code @ProcessTest} cannot see the adapters, which live in this module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = IntegrationsTestApplication.class, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.main.banner-mode=off",
        "logging.level.org.camunda=WARN"
})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface AdapterTest {
}
