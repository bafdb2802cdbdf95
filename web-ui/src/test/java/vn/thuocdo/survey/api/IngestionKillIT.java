package vn.thuocdo.survey.api;

import org.junit.jupiter.api.Test;
import vn.thuocdo.testing.PostgresTestDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No acknowledged response is lost when the JVM dies: the packaged jar on a fresh PostgreSQL database takes batches
 * from 16 clients, is killed with SIGKILL in the middle (exit 137), and started again. Every id acknowledged before
 * the kill is stored exactly once; every item whose reply never came is sent again as the partner would (same id,
 * same code) and is then acknowledged once (CREATED if the kill beat its commit, ALREADY_RECEIVED if not), never
 * stored twice.
 */
class IngestionKillIT {

    private static final Path LOG = Path.of("target", "ingestion-kill-app.log");

    @Test
    void everyAcknowledgedResponseSurvivesKillDashNine() throws Exception {
        String database = PostgresTestDatabase.create();
        String user = System.getenv().getOrDefault("THUOCDO_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("THUOCDO_TEST_PG_PASSWORD", "");
        try (Connection db = DriverManager.getConnection(database, user, password)) {
            int port = freePort();
            String base = "http://localhost:" + port + "/";
            Process app = start(database, user, password, port);
            try {
                IngestionLoad.Prepared round = IngestionLoad.prepare(db, 2062, 20_000);
                List<String> bodies = IngestionLoad.answerBodies();

                // The load runs until the kill; the kill comes once some thousands are acknowledged.
                AtomicInteger next = new AtomicInteger();
                ExecutorService side = Executors.newSingleThreadExecutor();
                Future<IngestionLoad.Outcome> load = side.submit(() -> IngestionLoad.run(base, round, bodies, next, 16,
                        20, Duration.ofSeconds(40), "buudien", "thuocdo"));
                awaitStored(db, round.roundId(), 2_000, Duration.ofSeconds(30));
                app.destroyForcibly();
                assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(app.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
                IngestionLoad.Outcome before = load.get(60, TimeUnit.SECONDS);
                side.shutdown();
                assertThat(before.acknowledged).hasSizeGreaterThan(1_000);

                Map<String, Integer> stored = stored(db, round.roundId());
                assertThat(before.acknowledged).allSatisfy(id -> assertThat(stored.get(id)).as(id).isEqualTo(1));

                app = start(database, user, password, port);
                IngestionLoad.Outcome resent = new IngestionLoad.Outcome();
                HttpClient http = HttpClient.newHttpClient();
                URI uri = URI.create(base + "api/v1/rounds/" + round.roundId() + "/survey/responses");
                String auth = "Basic " + Base64.getEncoder().encodeToString("buudien:thuocdo".getBytes(StandardCharsets.UTF_8));
                List<IngestionLoad.Sent> unanswered = new ArrayList<>(before.unanswered);
                for (int from = 0; from < unanswered.size(); from += 100) {
                    assertThat(IngestionLoad.send(http, uri, auth, unanswered.subList(from,
                            Math.min(unanswered.size(), from + 100)), bodies, resent)).isTrue();
                }
                assertThat(resent.refusals).isEmpty();
                assertThat(resent.acknowledged).hasSize(unanswered.size());

                Map<String, Integer> after = stored(db, round.roundId());
                assertThat(after.values()).allMatch(n -> n == 1);
                assertThat(after.keySet()).containsAll(before.acknowledged).containsAll(resent.acknowledged);
                assertThat(after).hasSize(before.acknowledged.size() + resent.acknowledged.size());
                long invitations;
                try (PreparedStatement q = db.prepareStatement("select count(distinct invitation_id) from survey_response"
                        + " where round_id = ?")) {
                    q.setString(1, round.roundId());
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        invitations = rs.getLong(1);
                    }
                }
                assertThat(invitations).isEqualTo(after.size());
                System.out.printf("kill -9: %d acknowledged before the kill, %d without a reply resent (%d of them"
                                + " already stored), %d stored in all%n", before.acknowledged.size(), unanswered.size(),
                        unanswered.size() - resent.created.get(), after.size());
            } finally {
                app.destroyForcibly();
                app.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static Process start(String database, String user, String password, int port) throws Exception {
        Process process = new ProcessBuilder("java", "-jar", System.getProperty("thuocdo.jar", "target/thuocdo.jar"),
                "--server.port=" + port, "--spring.profiles.active=postgres", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--thuocdo.demo.enabled=false", "--thuocdo.survey.code-key=" + IngestionLoad.CODE_KEY,
                "--thuocdo.survey.rate.per-client=1000000",
                "--thuocdo.survey.rate.per-address=1000000")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + LOG);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Not ready in 120 s; see " + LOG);
    }

    private static void awaitStored(Connection db, String roundId, int count, Duration limit) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (stored(db, roundId).size() >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Fewer than " + count + " responses stored within " + limit);
    }

    private static Map<String, Integer> stored(Connection db, String roundId) throws Exception {
        Map<String, Integer> ids = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("select id, count(*) from survey_response where round_id = ?"
                + " group by id")) {
            q.setString(1, roundId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return ids;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
