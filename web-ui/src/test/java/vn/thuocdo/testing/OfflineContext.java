package vn.thuocdo.testing;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The offline kit's tests share a Spring context and a PostgreSQL database of their own, so their rounds (2090 to
 * 2095) never meet the years other contexts count through.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@TestPropertySource(properties = "thuocdo.test.context=offline")
public @interface OfflineContext {
}
