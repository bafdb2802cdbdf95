package vn.thuocdo.testing.badinput;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a target its generated bad bodies over real HTTP from several client threads, checks every answer
 * ({@link Verdicts}) and what the target saved, and reports. Deterministic for a seed: the same bodies in the same
 * order of generation (the order they reach the server varies with the threads).
 */
public final class BadInputRun {

    private final String baseUri;
    private final BadInputTarget target;
    private int bodies = defaultBodies();
    private long seed = 20261130L;
    private int threads = 8;

    private BadInputRun(String baseUri, BadInputTarget target) {
        this.baseUri = baseUri;
        this.target = target;
    }

    /**
     * How many bodies a run sends unless told: 3,000 in the test suite, which reaches every family of the generator
     * many times over, and 10,000 or more for a soak ({@code -Dthuocdo.badinput.bodies=10000}, as bench/run does).
     * The suite ran 10,000 per endpoint; three endpoints took three minutes of every CI run for no new finding.
     */
    public static int defaultBodies() {
        return Integer.getInteger("thuocdo.badinput.bodies", 3_000);
    }

    /** A run against the application at {@code baseUri} ({@code http://localhost:port}). */
    public static BadInputRun against(String baseUri, BadInputTarget target) {
        return new BadInputRun(baseUri, target);
    }

    public BadInputRun bodies(int count) {
        this.bodies = count;
        return this;
    }

    public BadInputRun seed(long value) {
        this.seed = value;
        return this;
    }

    public BadInputRun threads(int count) {
        this.threads = count;
        return this;
    }

    public BadInputReport run() throws Exception {
        List<BadBody> generated = new BadBodies(target, seed).generate(bodies);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Object before = target.state();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < generated.size(); i = next.getAndIncrement()) {
                        BadBody body = generated.get(i);
                        HttpResponse<String> answer = send(http, body);
                        if (answer.statusCode() >= 500) {
                            serverErrors.incrementAndGet();
                        }
                        if (answer.statusCode() < 300) {
                            reset(failures);
                        }
                        Verdicts.problem(body, answer.statusCode(), answer.body()).ifPresent(
                                problem -> failures.add(body.category() + " | " + problem));
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
        double seconds = (System.nanoTime() - started) / 1e9;
        Object after = target.state();
        if (!Objects.equals(before, after)) {
            failures.add("saved | state before " + before + ", after " + after);
        }
        return new BadInputReport(target.method() + " " + target.path(), generated.size(), seconds,
                serverErrors.get(), List.copyOf(failures));
    }

    /** One at a time: two threads that both saw an acceptance must not both put the target back. */
    private synchronized void reset(List<String> failures) {
        try {
            target.accepted();
        } catch (RuntimeException e) {
            failures.add("reset | could not put the target back: " + e);
        }
    }

    private HttpResponse<String> send(HttpClient http, BadBody body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + target.path()))
                .timeout(Duration.ofSeconds(60))
                .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body.content()));
        if (target.authorization() != null) {
            request.header("Authorization", target.authorization());
        }
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
