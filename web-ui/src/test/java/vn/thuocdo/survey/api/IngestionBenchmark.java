package vn.thuocdo.survey.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.testing.ServerTest;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion throughput on PostgreSQL, in one run on one database: the baseline is pgbench inserting single rows of
 * the same shape and size into a copy of survey_response (16 and 64 clients, 20 s each, one transaction per row, as
 * a plain endpoint would); the figure is accepted responses per second over HTTP on loopback from 64 concurrent
 * connections driven by wrk (a second process, as partners' systems are), one response per request, then batches
 * of 50. Accepted means committed: the figure is the rows the round gained during the run. Each went through the
 * whole gate (code hash look-up, window, questionnaire, duplicate checks) before its reply. HTTP Basic with the
 * production password encoder: BCrypt once, then {@code CheckedPasswords}. wrk, pgbench and the application share
 * the two cores.
 * Run alone, with the JIT production runs (profile bench, without the tests' C1-only flag):
 * {@code ./mvnw -o -pl web-ui -am package -DskipITs -Pbench -Dtest=IngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ServerTest
@TestPropertySource(properties = {"thuocdo.survey.rate.per-client=1000000000",
        "thuocdo.survey.rate.per-address=1000000000",
        "thuocdo.survey.code-key=" + IngestionLoad.CODE_KEY})
class IngestionBenchmark {

    private static final int CLIENTS = 64;
    private static final int INVITATIONS = 800_000;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;

    /** What one wrk run gave: rows committed per second, latency percentiles, replies that were not 200. */
    record Run(double perSecond, double p50, double p99, long non2xx, String socketErrors) {
    }

    @Test
    void acceptedResponsesPerSecondAgainstSingleRowInserts() throws Exception {
        int seconds = Integer.getInteger("bench.ingestion.seconds", 20);
        List<String> bodies = IngestionLoad.answerBodies();
        long averageAnswers = (long) bodies.stream().mapToInt(String::length).average().orElse(1000);
        IngestionLoad.Prepared round;
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            round = IngestionLoad.prepare(db, 2062, INVITATIONS);
            sql.execute("create table survey_response_copy (like survey_response including all)");
            sql.execute("create sequence survey_response_copy_seq");
        }
        Path dir = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(dir);
        Path codes = Files.write(dir.resolve("ingestion.codes"), round.codes(), StandardCharsets.US_ASCII);
        Path answers = Files.write(dir.resolve("ingestion.answers"), bodies, StandardCharsets.UTF_8);
        Path lua = dir.resolve("ingestion.lua");
        try (InputStream in = getClass().getResourceAsStream("/bench/ingestion.lua")) {
            Files.copy(in, lua, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        String script = "insert into survey_response_copy (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                + " commune_code, client_id, answers, started_at, received_at) values (gen_random_uuid()::text, '"
                + round.roundId() + "', nextval('survey_response_copy_seq'), 'sipas-citizen@1', 'API', 'T34-31', '031',"
                + " 'buudien', repeat('x', " + averageAnswers + "), now(), now());\n";
        Double tps16 = pgbench(script, 16, seconds);
        Double tps64 = pgbench(script, CLIENTS, seconds);

        String target = "http://127.0.0.1:" + port + "/api/v1/rounds/" + round.roundId() + "/survey/responses";
        String auth = "Basic " + Base64.getEncoder().encodeToString("buudien:thuocdo".getBytes(StandardCharsets.UTF_8));
        int[] next = {0};
        // Warm-up: the JIT compiles the hot path, the pools fill.
        wrk(target, codes, answers, lua, auth, round.roundId(), next, 60_000, 1, 5, 1);
        Run single = wrk(target, codes, answers, lua, auth, round.roundId(), next, 200_000, 1, seconds, 2);
        Run fifty = wrk(target, codes, answers, lua, auth, round.roundId(), next, INVITATIONS - next[0], 50,
                seconds, 3);

        // The floor of any request here: the same server, the same security chain and Tomcat, no body, no database.
        Run floor = wrkGet("http://127.0.0.1:" + port + "/actuator/health/liveness", seconds / 2);

        double ratio = tps64 == null || single == null ? Double.NaN : single.perSecond() / tps64;
        double batchedRatio = tps64 == null || fifty == null ? Double.NaN : fifty.perSecond() / tps64;
        List<String> lines = new ArrayList<>();
        lines.add("| measurement | figure |");
        lines.add("|---|---:|");
        lines.add("| pgbench: single-row INSERT into a copy of survey_response, 16 clients, " + seconds + " s | "
                + figure(tps16) + " rows/s |");
        lines.add("| pgbench: the same, 64 clients | " + figure(tps64) + " rows/s |");
        lines.add("| HTTP, 64 connections, batches of 50 (the partner API as designed): accepted | " + rate(fifty) + " |");
        lines.add("| — latency p50 / p99 per batch | " + latency(fifty) + " |");
        lines.add("| **ratio** HTTP (batches of 50) / pgbench 64 clients (goal ≥ 1.0, floor 0.5) | **"
                + String.format(Locale.ROOT, "%.2f", batchedRatio) + "** |");
        lines.add("| HTTP, 64 connections, 1 response per request: accepted | " + rate(single) + " |");
        lines.add("| — latency p50 / p99 | " + latency(single) + " |");
        lines.add("| ratio HTTP (1 per request) / pgbench 64 clients | "
                + String.format(Locale.ROOT, "%.2f", ratio) + " |");
        lines.add("| for scale: the same server answering `GET /actuator/health/liveness` (no body, no database), 64 connections | "
                + (floor == null ? "wrk not found" : figure(floor.perSecond()) + " requests/s") + " |");
        lines.add("| replies other than 200 (1 per request / batches) | " + (single == null ? "-" : single.non2xx())
                + " / " + (fifty == null ? "-" : fifty.non2xx()) + " |");
        String table = String.join("\n", lines) + "\n";
        Path out = dir.resolve("ingestion.md");
        Files.writeString(out, "# Ingestion\n\n" + table, StandardCharsets.UTF_8);
        System.out.println(table);

        assertThat(single).as("wrk must be installed (apt-get install wrk)").isNotNull();
        assertThat(single.non2xx()).isZero();
        assertThat(fifty.non2xx()).isZero();
        assertThat(single.perSecond()).isPositive();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             var rs = sql.executeQuery("select count(*), count(distinct invitation_id) from survey_response"
                     + " where round_id = '" + round.roundId() + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("one response per invitation").isEqualTo(rs.getLong(2));
        }
    }

    /**
     * One wrk run of {@code seconds} over the codes from {@code next[0]} (advanced past the codes it may have used);
     * null when wrk is not installed. The rate is what the round's rows grew by, per second of the run.
     */
    private Run wrk(String target, Path codes, Path answers, Path lua, String auth, String roundId, int[] next,
                    int codesAvailable, int batch, int seconds, int run) throws Exception {
        long before = responses(roundId);
        ProcessBuilder pb = new ProcessBuilder("wrk", "-t2", "-c" + CLIENTS, "-d" + seconds + "s", "--timeout", "30s",
                "--latency", "-s", lua.toString(), target, "--", codes.toString(), String.valueOf(next[0]),
                String.valueOf(codesAvailable), String.valueOf(batch), "2", answers.toString(), String.valueOf(run), auth)
                .redirectErrorStream(true);
        String output = output(pb);
        if (output == null) {
            return null;
        }
        next[0] += codesAvailable;
        // Replies still on their way when wrk stops are committed all the same: wait for the writer to settle.
        long after = responses(roundId);
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            long now = responses(roundId);
            if (now == after) {
                break;
            }
            after = now;
        }
        System.out.println("wrk run " + run + ":\n" + output);
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (percentile.group(1).equals("50")) {
                p50 = value;
            } else {
                p99 = value;
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET_ERRORS.matcher(output);
        return new Run((after - before) / (double) seconds, p50, p99, non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                socket.find() ? socket.group(1) : "");
    }

    /** Plain GETs for {@code seconds}: requests per second as wrk counts them. */
    private static Run wrkGet(String target, int seconds) throws Exception {
        String output = output(new ProcessBuilder("wrk", "-t2", "-c" + CLIENTS, "-d" + seconds + "s", "--latency",
                target).redirectErrorStream(true));
        if (output == null) {
            return null;
        }
        System.out.println("wrk GET:\n" + output);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        return new Run(rate.find() ? Double.parseDouble(rate.group(1)) : Double.NaN, Double.NaN, Double.NaN, 0, "");
    }

    private long responses(String roundId) throws Exception {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             var rs = sql.executeQuery("select count(*) from survey_response where round_id = '" + roundId + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String rate(Run run) {
        return run == null ? "wrk not found" : figure(run.perSecond()) + " responses/s";
    }

    private static String latency(Run run) {
        return run == null ? "-" : millis(run.p50()) + " / " + millis(run.p99()) + " ms";
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
        String output = output(pb);
        if (output == null) {
            return null;
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("Unexpected pgbench output:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** What a tool printed; null when it is not installed; a failure when it exits with an error. */
    private static String output(ProcessBuilder command) throws IOException, InterruptedException {
        Process process;
        try {
            process = command.start();
        } catch (IOException notInstalled) {
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.command().get(0) + " failed:\n" + output);
        }
        return output;
    }

    private static String figure(Double value) {
        return value == null ? "pgbench not found" : String.format(Locale.ROOT, "%,.0f", value).replace(',', '.');
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
