package vn.thuocdo.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import vn.thuocdo.ThuocDoApplication;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a fresh PostgreSQL database with built-in accounts, the job executor off (tests drive
 * every step) and no demo round (tests make their own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ThuocDoApplication.class, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "thuocdo.demo.enabled=false",
        "thuocdo.identity.mode=built-in",
        "spring.main.banner-mode=off",
        "logging.level.org.camunda=WARN"
})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestClock.class)
public @interface WebTest {
}
