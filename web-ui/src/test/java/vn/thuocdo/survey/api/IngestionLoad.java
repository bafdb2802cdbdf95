package vn.thuocdo.survey.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.invitation.InvitationCode;
import vn.thuocdo.survey.response.CompleteAnswers;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The partner load: an open round with invitations made in bulk straight into the database (their codes hashed
 * with a key the application is started with), and a generator of concurrent batches over HTTP that records what
 * was acknowledged. Shared by the ingestion benchmark and the kill -9 test.
 */
final class IngestionLoad {

    /** The key the application under load is started with ({@code thuocdo.survey.code-key}). */
    static final String CODE_KEY = "ingestion-load-key-0123456789abcdef0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestionLoad() {
    }

    /** A round open for answers, and the plaintext codes of its invitations. */
    record Prepared(String roundId, List<String> codes) {
    }

    /**
     * A launched round of the year with an approved sample (rows only: the load needs what the write path reads),
     * its online survey open, and {@code invitations} household invitations of Hải Phòng (T34-31).
     */
    static Prepared prepare(Connection db, int year, int invitations) throws SQLException {
        String roundId = UUID.randomUUID().toString();
        String sampleId = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            update(db, "insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,"
                            + " sampling_due, state, created_by, created_at) values (?, ?, ?, 'NATIONAL', 'BO-BNV',"
                            + " 'sampling-request@1', current_date + 30, 'LAUNCHED', 'bench', ?)",
                    roundId, year, "Đợt đo tải khảo sát " + year, now);
            update(db, "insert into survey_sample (id, round_id, version, seed, design, frames_fingerprint,"
                    + " sample_fingerprint, state, drawn_by, drawn_at, approved_by, approved_at) values (?, ?, 1, 1,"
                    + " 'bench', 'bench', 'bench', 'APPROVED', 'bench', ?, 'bench', ?)", sampleId, roundId, now, now);
            // Opened a day ago: the tests' application clock stands still at its start, which may be minutes ago.
            update(db, "insert into survey_window (round_id, sample_id, opened_at, closes_at) values (?, ?,"
                    + " now() - interval '1 day', now() + interval '30 days')", roundId, sampleId);
            Mac mac = mac();
            SecureRandom random = new SecureRandom();
            List<String> codes = new ArrayList<>(invitations);
            try (PreparedStatement insert = db.prepareStatement("insert into survey_invitation (round_id, kind,"
                    + " questionnaire, code_hash, unit_id, batch, state, issued_by, issued_at) values (?, 'CITIZEN',"
                    + " 'sipas-citizen@1', ?, 'T34-31', 'bench', 'ISSUED', 'bench', ?)")) {
                for (int i = 0; i < invitations; i++) {
                    InvitationCode code = InvitationCode.generate(random);
                    codes.add(code.value());
                    insert.setString(1, roundId);
                    insert.setString(2, HexFormat.of().formatHex(mac.doFinal(code.value().getBytes(StandardCharsets.US_ASCII))));
                    insert.setTimestamp(3, now);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            return new Prepared(roundId, codes);
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private static void update(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CODE_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A hundred different complete responses of the shipped citizen questionnaire, as JSON objects. */
    static List<String> answerBodies() throws IOException {
        Questionnaire sipas;
        try (InputStream in = IngestionLoad.class.getResourceAsStream("/forms/questionnaires/sipas-citizen-v1.json")) {
            sipas = Questionnaire.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> bodies = new ArrayList<>();
        for (int seed = 0; seed < 100; seed++) {
            bodies.add(JSON.writeValueAsString(CompleteAnswers.of(sipas, seed)));
        }
        return bodies;
    }

    /** One item sent: its id and code, kept to resend it exactly as it was. */
    record Sent(String id, String code, int answers) {
    }

    /** What a run saw: acknowledged ids (CREATED or ALREADY_RECEIVED), items whose reply never came, latencies. */
    static final class Outcome {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<Sent> unanswered = ConcurrentHashMap.newKeySet();
        final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
        final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong created = new AtomicLong();
        final List<long[]> latencies = new ArrayList<>();
        volatile double seconds;

        long[] sortedMicros() {
            long[] all;
            synchronized (latencies) {
                all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).toArray();
            }
            Arrays.sort(all);
            return all;
        }

        double percentileMillis(double p) {
            long[] all = sortedMicros();
            return all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) Math.ceil(p * all.length) - 1)] / 1000.0;
        }
    }

    /**
     * {@code clients} threads send batches of {@code batch} responses with fresh codes until {@code duration} ends
     * or the codes run out. A failed connection (the server killed) leaves the batch's items unanswered and stops
     * that client.
     */
    static Outcome run(String base, Prepared round, List<String> bodies, AtomicInteger nextCode, int clients,
                       int batch, Duration duration, String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(base + "api/v1/rounds/" + round.roundId() + "/survey/responses");
        Outcome outcome = new Outcome();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    long[] mine = new long[200_000];
                    synchronized (outcome.latencies) {
                        outcome.latencies.add(mine);
                    }
                    int n = 0;
                    while (System.nanoTime() < end) {
                        int from = nextCode.getAndAdd(batch);
                        if (from + batch > round.codes().size()) {
                            return null;
                        }
                        List<Sent> items = new ArrayList<>(batch);
                        for (int i = 0; i < batch; i++) {
                            items.add(new Sent(UUID.randomUUID().toString(), round.codes().get(from + i), (from + i) % bodies.size()));
                        }
                        long t0 = System.nanoTime();
                        if (!send(http, uri, auth, items, bodies, outcome)) {
                            return null; // the server is gone: what was sent without a reply is in unanswered
                        }
                        if (System.nanoTime() >= end) {
                            continue;
                        }
                        if (n < mine.length) {
                            mine[n++] = (System.nanoTime() - t0) / 1000;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        outcome.seconds = Math.min(duration.toNanos(), System.nanoTime() - started) / 1e9;
        return outcome;
    }

    /** Sends the items; false when no reply came (connection refused or reset). */
    static boolean send(HttpClient http, URI uri, String auth, List<Sent> items, List<String> bodies, Outcome outcome) {
        StringBuilder body = new StringBuilder("{\"responses\":[");
        for (int i = 0; i < items.size(); i++) {
            Sent item = items.get(i);
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(item.id()).append("\",\"code\":\"")
                    .append(item.code()).append("\",\"answers\":").append(bodies.get(item.answers())).append('}');
        }
        body.append("]}");
        HttpResponse<String> reply;
        try {
            reply = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException noReply) {
            outcome.unanswered.addAll(items);
            return false;
        }
        outcome.requests.incrementAndGet();
        outcome.statuses.computeIfAbsent(reply.statusCode(), s -> new AtomicLong()).incrementAndGet();
        if (reply.statusCode() != 200) {
            outcome.unanswered.addAll(items);
            return true;
        }
        try {
            for (JsonNode item : JSON.readTree(reply.body()).path("responses")) {
                String result = item.path("outcome").asText();
                if (result.equals("CREATED") || result.equals("ALREADY_RECEIVED")) {
                    outcome.acknowledged.add(item.path("id").asText());
                    if (result.equals("CREATED")) {
                        outcome.created.incrementAndGet();
                    }
                } else {
                    outcome.refusals.computeIfAbsent(item.path("error").asText(), k -> new AtomicLong()).incrementAndGet();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("A 200 that is not JSON: " + reply.body(), e);
        }
        return true;
    }
}
