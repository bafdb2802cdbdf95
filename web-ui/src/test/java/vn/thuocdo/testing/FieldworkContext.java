package vn.thuocdo.testing;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fieldwork screens' Karibu tests share a Spring context, and so a PostgreSQL database, of their own. Round years
 * run out (2020 to 2100, one national round per organiser and year), and theirs (2041 to 2058) are years the sampling
 * screens' tests count through in the common context; a database apart keeps both sets of rounds apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@TestPropertySource(properties = "thuocdo.test.context=fieldwork")
public @interface FieldworkContext {
}
