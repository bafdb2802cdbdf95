package vn.thuocdo.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the capabilities and their BPMN on a fresh PostgreSQL database, with the job executor off so the
 * test drives every step.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProcessesTestApplication.class, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.main.banner-mode=off",
        "logging.level.org.camunda=WARN"
})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface ProcessTest {
}
