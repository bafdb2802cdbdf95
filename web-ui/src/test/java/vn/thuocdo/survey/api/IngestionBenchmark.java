package vn.thuocdo.survey.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.testing.CheapPasswords;
import vn.thuocdo.testing.ServerTest;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion throughput on PostgreSQL, in one run on one database: the baseline is pgbench inserting single rows of
 * the same shape and size into a copy of survey_response (16 and 64 clients, 20 s each, one transaction per row, as
 * a plain endpoint would); the figure is accepted responses per second over HTTP on loopback from 64 concurrent
 * clients, one response per request, then batches of 50. Each accepted response went through the whole gate
 * (code hash look-up, window, questionnaire, duplicate checks) and was committed before its reply. HTTP Basic with
 * BCrypt at cost 4 ({@link CheapPasswords}): the password check is still made on every request, at its cheapest.
 * The load generator runs in the same JVM as the application, on the same two cores.
 * Run alone, with the JIT production runs (profile bench, without the tests' C1-only flag):
 * {@code ./mvnw -o -pl web-ui -am package -DskipITs -Pbench -Dtest=IngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ServerTest
@Import(CheapPasswords.class)
@TestPropertySource(properties = {"thuocdo.survey.rate.per-client=1000000000",
        "thuocdo.survey.rate.per-address=1000000000",
        "thuocdo.survey.code-key=" + IngestionLoad.CODE_KEY})
class IngestionBenchmark {

    private static final int CLIENTS = 64;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;

    @Test
    void acceptedResponsesPerSecondAgainstSingleRowInserts() throws Exception {
        int seconds = Integer.getInteger("bench.ingestion.seconds", 20);
        IngestionLoad.Prepared round;
        long averageAnswers;
        List<String> bodies = IngestionLoad.answerBodies();
        averageAnswers = (long) bodies.stream().mapToInt(String::length).average().orElse(1000);
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            round = IngestionLoad.prepare(db, 2062, 200_000);
            sql.execute("create table survey_response_copy (like survey_response including all)");
            sql.execute("create sequence survey_response_copy_seq");
        }
        String script = "insert into survey_response_copy (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                + " commune_code, client_id, answers, started_at, received_at) values (gen_random_uuid()::text, '"
                + round.roundId() + "', nextval('survey_response_copy_seq'), 'sipas-citizen@1', 'API', 'T34-31', '031',"
                + " 'buudien', repeat('x', " + averageAnswers + "), now(), now());\n";
        Double tps16 = pgbench(script, 16, seconds);
        Double tps64 = pgbench(script, CLIENTS, seconds);

        String base = "http://localhost:" + port + "/";
        AtomicInteger next = new AtomicInteger();
        IngestionLoad.run(base, round, bodies, next, CLIENTS, 1, Duration.ofSeconds(5), "buudien", "thuocdo");
        Thread sampler = Boolean.getBoolean("bench.ingestion.profile") ? sampler() : null;
        IngestionLoad.Outcome single = IngestionLoad.run(base, round, bodies, next, CLIENTS, 1,
                Duration.ofSeconds(seconds), "buudien", "thuocdo");
        if (sampler != null) {
            sampler.interrupt();
            sampler.join();
        }
        IngestionLoad.Outcome fifty = IngestionLoad.run(base, round, bodies, next, CLIENTS, 50,
                Duration.ofSeconds(Math.max(5, seconds / 2)), "buudien", "thuocdo");

        double perSecond = single.created.get() / single.seconds;
        double batchedPerSecond = fifty.created.get() / fifty.seconds;
        double ratio = tps64 == null ? Double.NaN : perSecond / tps64;
        List<String> lines = new ArrayList<>();
        lines.add("| measurement | figure |");
        lines.add("|---|---:|");
        lines.add("| pgbench: single-row INSERT into a copy of survey_response, 16 clients, " + seconds + " s | "
                + figure(tps16) + " rows/s |");
        lines.add("| pgbench: the same, 64 clients | " + figure(tps64) + " rows/s |");
        lines.add("| HTTP, 64 clients, 1 response per request: accepted | " + figure(perSecond) + " responses/s |");
        lines.add("| — latency p50 / p99 | " + millis(single.percentileMillis(0.50)) + " / "
                + millis(single.percentileMillis(0.99)) + " ms |");
        lines.add("| **ratio** HTTP (1 per request) / pgbench 64 clients (goal ≥ 1.0, floor 0.5) | **"
                + String.format(Locale.ROOT, "%.2f", ratio) + "** |");
        lines.add("| HTTP, 64 clients, batches of 50: accepted | " + figure(batchedPerSecond) + " responses/s |");
        lines.add("| — latency p50 / p99 per batch | " + millis(fifty.percentileMillis(0.50)) + " / "
                + millis(fifty.percentileMillis(0.99)) + " ms |");
        lines.add("| statuses (1 per request / batches of 50) | " + single.statuses + " / " + fifty.statuses + " |");
        lines.add("| refused items | " + single.refusals + " / " + fifty.refusals + " |");
        String table = String.join("\n", lines) + "\n";
        Path out = Path.of("target", "bench", "ingestion.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Ingestion\n\n" + table, StandardCharsets.UTF_8);
        System.out.println(table);

        assertThat(single.refusals).isEmpty();
        assertThat(fifty.refusals).isEmpty();
        assertThat(single.created.get()).isPositive();
    }

    /**
     * Where the server's threads are while the load runs (-Dbench.ingestion.profile=true): the top frames of the
     * runnable request threads, sampled every 20 ms, printed at the end. A diagnosis, not a figure.
     */
    private static Thread sampler() {
        java.util.Map<String, Integer> frames = new java.util.concurrent.ConcurrentHashMap<>();
        Thread thread = new Thread(() -> {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                for (var info : threads.dumpAllThreads(false, false, 40)) {
                    if (info.getThreadState() != Thread.State.RUNNABLE || !info.getThreadName().startsWith("http-nio")) {
                        continue;
                    }
                    StackTraceElement[] stack = info.getStackTrace();
                    StringBuilder key = new StringBuilder();
                    int shown = 0;
                    for (StackTraceElement e : stack) {
                        String c = e.getClassName();
                        if (shown < 3 && (shown > 0 || !c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun."))) {
                            key.append(shown == 0 ? "" : " < ").append(c.substring(c.lastIndexOf('.') + 1)).append('.').append(e.getMethodName());
                            shown++;
                        }
                    }
                    frames.merge(key.toString(), 1, Integer::sum);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    break;
                }
            }
            frames.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(30)
                    .forEach(e -> System.out.println("PROFILE " + e.getValue() + " " + e.getKey()));
        }, "ingestion-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** pgbench with {@code clients} clients on the application's database; null when pgbench is not installed. */
    private Double pgbench(String script, int clients, int seconds) throws IOException, InterruptedException {
        Path file = Path.of("target", "bench", "ingestion.pgbench.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, script, StandardCharsets.UTF_8);
        URI db = URI.create(url.substring("jdbc:".length()));
        String exe = System.getenv().getOrDefault("PGBENCH", "pgbench");
        ProcessBuilder pb = new ProcessBuilder(exe, "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j", "2",
                "-T", String.valueOf(seconds), "-f", file.toString(), "-h", db.getHost(),
                "-p", String.valueOf(db.getPort() < 0 ? 5432 : db.getPort()), "-U", user, db.getPath().substring(1))
                .redirectErrorStream(true);
        Process process;
        try {
            process = pb.start();
        } catch (IOException notInstalled) {
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("Unexpected pgbench output:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String figure(Double value) {
        return value == null ? "pgbench not found" : String.format(Locale.ROOT, "%,.0f", value).replace(',', '.');
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
