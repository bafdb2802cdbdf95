package vn.thuocdo.testing;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The evidence panel's tests: a Spring context and PostgreSQL database of their own (their rounds' years never meet
 * the common context's), and a directory store under target/ that a clean build removes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@TestPropertySource(properties = {"thuocdo.test.context=evidence", "thuocdo.evidence.directory=target/evidence-store"})
public @interface EvidenceContext {
}
