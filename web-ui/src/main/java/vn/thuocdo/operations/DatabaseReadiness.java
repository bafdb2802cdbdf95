package vn.thuocdo.operations;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
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
 * that does not answer, so DOWN. Only one check runs at a time; callers in between share it. The bean name replaces
 * Boot's {@code db} indicator, so {@code /actuator/health} answers as fast.
 */
@Component("dbHealthContributor")
class DatabaseReadiness implements HealthIndicator {

    static final Duration ANSWER_WITHIN = Duration.ofMillis(600);
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource dataSource;
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

    private synchronized Future<Boolean> currentCheck() {
        if (running == null || running.isDone()) {
            running = checker.submit(this::usable);
        }
        return running;
    }

    private boolean usable() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        }
    }
}
