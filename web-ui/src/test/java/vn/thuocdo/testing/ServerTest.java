package vn.thuocdo.testing;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import vn.thuocdo.ThuocDoApplication;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application serving HTTP on a random port, on a fresh PostgreSQL database, with metrics export on
 * (tests switch it off unless asked) and no demo round.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ThuocDoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "thuocdo.demo.enabled=false",
                "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestClock.class)
@AutoConfigureObservability
public @interface ServerTest {
}
