package vn.thuocdo.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Gives each Spring test context a fresh database on a real PostgreSQL server, dropped when the tests end.
 * The server is {@code localhost:5432} unless {@code THUOCDO_TEST_PG_URL}, {@code THUOCDO_TEST_PG_USER} and
 * {@code THUOCDO_TEST_PG_PASSWORD} say otherwise. When none answers, tests fail with how to start one: they never
 * fall back to H2, which would hide PostgreSQL-only behaviour.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String ADMIN_URL = env("THUOCDO_TEST_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    static final String USER = env("THUOCDO_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("THUOCDO_TEST_PG_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = create();
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + USER,
                "spring.datasource.password=" + PASSWORD,
                "spring.datasource.driver-class-name=org.postgresql.Driver"
        ).applyTo(context);
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public static String create() {
        String name = "thuocdo_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(name)));
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    private static void dropQuietly(String name) {
        try {
            execute("drop database if exists " + name + " with (force)");
        } catch (IllegalStateException ignored) {
            // The server went away first; the database goes with it or is dropped by the next cleanup.
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    The tests need a PostgreSQL server and could not use %s as %s: %s
                    Start the machine's server with
                        pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                    or point THUOCDO_TEST_PG_URL / THUOCDO_TEST_PG_USER / THUOCDO_TEST_PG_PASSWORD at one.""".formatted(
                    ADMIN_URL, USER, e.getMessage()), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
