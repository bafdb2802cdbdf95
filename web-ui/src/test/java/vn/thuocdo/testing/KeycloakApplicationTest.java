package vn.thuocdo.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thuocdo.ThuocDoApplication;

/**
 * The whole application on a random port signing people in through the real Keycloak ({@link KeycloakServer}), on a
 * fresh PostgreSQL database. One base class so that every Keycloak test shares one application context: the
 * registry method below is part of the context's identity, and the same method in two classes would make two.
 * Tokens are checked with no clock skew, so an expired one is refused the moment it expires.
 */
@SpringBootTest(classes = ThuocDoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "thuocdo.demo.enabled=false",
                "thuocdo.identity.mode=keycloak", "thuocdo.identity.keycloak.clock-skew=0s",
                "spring.main.banner-mode=off"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestClock.class)
public abstract class KeycloakApplicationTest {

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        KeycloakServer.configure(registry);
    }
}
