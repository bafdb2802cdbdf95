package vn.thuocdo.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The packaged jar on a fresh PostgreSQL database with the demo data, as the browser walkthroughs drive it. Started
 * once per test JVM and shared: the walkthroughs use different rounds of the demo, and a start is half a minute.
 */
public final class PackagedApplication {

    private static final Path LOG = Paths.get("target", "e2e-app.log");
    private static PackagedApplication shared;

    private final Process process;
    private final String base;
    /**
     * Held until the end: while the application starts, its database has no connection, and another test JVM starting
     * then would drop it as a leftover of a finished run.
     */
    private final Connection keepsTheDatabase;

    private PackagedApplication(Process process, String base, Connection keepsTheDatabase) {
        this.process = process;
        this.base = base;
        this.keepsTheDatabase = keepsTheDatabase;
    }

    /** The running application, started on first use and stopped when the JVM ends. */
    public static synchronized PackagedApplication shared() throws Exception {
        if (shared == null) {
            shared = start(Duration.ofSeconds(180));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** Its address, ending in '/'. */
    public String base() {
        return base;
    }

    private static PackagedApplication start(Duration limit) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String database = PostgresTestDatabase.create();
        String user = System.getenv().getOrDefault("THUOCDO_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("THUOCDO_TEST_PG_PASSWORD", "");
        Connection keeps = DriverManager.getConnection(database, user, password);
        Process process = new ProcessBuilder("java", "-jar", System.getProperty("thuocdo.jar", "target/thuocdo.jar"),
                "--server.port=" + port, "--spring.profiles.active=postgres", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--thuocdo.demo.enabled=true")
                .redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        PackagedApplication app = new PackagedApplication(process, "http://localhost:" + port + "/", keeps);
        app.awaitReadiness(limit);
        return app;
    }

    private void awaitReadiness(Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + LOG);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application was not ready within " + limit + "; see " + LOG);
    }

    private void stop() {
        process.destroy();
        try {
            keepsTheDatabase.close();
        } catch (SQLException ignored) {
            // the run is over either way
        }
    }
}
