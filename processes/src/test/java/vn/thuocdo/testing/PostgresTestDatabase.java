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
 * Gives each Spring test context a fresh database on a real PostgreSQL server. Databases left by earlier test
 * JVMs are dropped when the next one starts: dropping at exit would race the engine's own shutdown, which still
 * needs its connections.
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
                "spring.datasource.driver-class-name=org.postgresql.Driver",
                // Spring keeps every test context alive for reuse, each with its own pool: a pool that keeps ten idle
                // connections per context ran the server out of its 100 once the suite had a dozen contexts. Idle
                // connections now go after 10 s (Hikari's floor), so a cached context holds one.
                "spring.datasource.hikari.minimum-idle=1",
                "spring.datasource.hikari.idle-timeout=10000"
        ).applyTo(context);
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public static synchronized String create() {
        if (!cleanedUp) {
            dropLeftovers();
            cleanedUp = true;
        }
        // The creation time is in the name, so a leftover can be told from a database another JVM has just made.
        String name = PREFIX + (System.currentTimeMillis() / 1000) + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute(s -> s.execute("create database " + name));
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    private static final String PREFIX = "thuocdo_test_";
    private static boolean cleanedUp;

    /**
     * Test databases nobody is connected to and made more than ten minutes ago are leftovers of finished runs; a
     * younger one may belong to another test JVM that has created it and not yet connected.
     */
    private static void dropLeftovers() {
        execute(s -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("""
                    select datname from pg_database d where datname like 'thuocdo\\_test\\_%'
                    and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            long tenMinutesAgo = System.currentTimeMillis() / 1000 - 600;
            for (String name : names) {
                if (createdAt(name) > tenMinutesAgo) {
                    continue;
                }
                try {
                    s.execute("drop database if exists " + name);
                } catch (SQLException inUse) {
                    // Someone connected between the look and the drop: not a leftover after all.
                }
            }
        });
    }

    /** Seconds since the epoch from a name made by {@link #create()}; 0 for names of the older form. */
    private static long createdAt(String name) {
        String[] parts = name.substring(PREFIX.length()).split("_");
        try {
            return parts.length == 2 ? Long.parseLong(parts[0]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private interface Sql {
        void run(Statement statement) throws SQLException;
    }

    private static void execute(Sql sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            sql.run(s);
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
