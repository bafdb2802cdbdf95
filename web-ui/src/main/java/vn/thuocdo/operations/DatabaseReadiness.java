package vn.thuocdo.operations;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The database part of readiness ({@code db}), answered within {@link #ANSWER_WITHIN} whatever the database does.
 * Boot's own check borrows a connection the way a request does, so with the server gone it waited the pool's whole
 * connection timeout (30 s then) and a load balancer kept sending people to a replica that could not serve them.
 * Here the check runs on its own thread and readiness stops waiting for it: a check still running is a database
 * that does not answer, so DOWN. Only one check runs at a time; callers in between share it. The check keeps a
 * connection of its own rather than borrowing from the pool: a pool busy with a load peak is not a database that is
 * down, and readiness must not take a busy replica out of rotation. The bean name replaces Boot's {@code db}
 * indicator, so {@code /actuator/health} answers as fast.
 */
@Component("dbHealthContributor")
class DatabaseReadiness implements HealthIndicator {

    static final Duration ANSWER_WITHIN = Duration.ofMillis(600);
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource dataSource;
    /** Only touched by the checker thread. */
    private Connection probe;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Boolean> running;

    DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        Future<Boolean> check = currentCheck();
        try {
            return check.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
                    : Health.down().withDetail("reason", "connection not valid").build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("reason", "no answer within " + ANSWER_WITHIN.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    @PreDestroy
    void stop() {
        checker.submit(this::closeProbe);
        checker.shutdown();
    }

    private synchronized Future<Boolean> currentCheck() {
        if (running == null || running.isDone()) {
            running = checker.submit(this::usable);
        }
        return running;
    }

    private boolean usable() throws SQLException {
        if (!(dataSource instanceof HikariDataSource pool) || pool.getJdbcUrl() == null) {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(VALIDATION_SECONDS);
            }
        }
        if (probe != null && probe.isValid(VALIDATION_SECONDS)) {
            return true;
        }
        closeProbe();
        probe = open(pool);
        return probe.isValid(VALIDATION_SECONDS);
    }

    private static Connection open(HikariDataSource pool) throws SQLException {
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            // Seconds: a server that does not answer fails the check instead of holding it.
            properties.setProperty("connectTimeout", "1");
            properties.setProperty("socketTimeout", "2");
            properties.setProperty("ApplicationName", "thuocdo-readiness");
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private void closeProbe() {
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException ignored) {
                // already broken: that is why it is replaced
            }
            probe = null;
        }
    }
}
