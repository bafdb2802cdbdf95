package vn.thuocdo.bench;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.testing.ProcessTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A benchmark on its own fresh PostgreSQL database. History level {@code audit} as in production (the test
 * default is {@code full}, which writes more); the context is closed afterwards so that one benchmark's data
 * never slows the next.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ProcessTest
@TestPropertySource(properties = "camunda.bpm.history-level=audit")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@interface BenchmarkTest {
}
