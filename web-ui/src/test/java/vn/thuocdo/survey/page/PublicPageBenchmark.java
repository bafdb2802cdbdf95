package vn.thuocdo.survey.page;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.ServerTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 13 (bench/run): the public page as a phone loads it in Chromium (Navigation Timing: first byte and
 * full load, bytes transferred, each in a fresh browser context so nothing is cached), and the section page's
 * throughput on loopback with a Java HttpClient load loop of 16 threads (wrk is not installed here). Figures are
 * written to web-ui/target/bench/public-page.md, never asserted. Rate limits off: the loop is one address and one
 * code. Round of 2072.
 */
@ServerTest
@TestPropertySource(properties = {"thuocdo.survey.rate.per-address=0", "thuocdo.survey.rate.per-code=0"})
class PublicPageBenchmark {

    private static final int LOADS = 15;
    private static final int THREADS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration RUN = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired OnlineSurveys online;
    @Autowired SurveyWindow window;
    @Autowired Responses responses;
    @Autowired JdbcTemplate jdbc;

    @Test
    void measure() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2072, List.of("T34-31"));
        jdbc.update("update survey_window set opened_at = opened_at - interval '1 minute' where round_id = ?", round.id());
        window.open(round.id(), round.sampleId(), Instant.now().plus(Duration.ofDays(30)));
        String code = online.letters(round, "T34-31").get(0).code().value();
        // The longest section of the citizens' questionnaire: 14 satisfaction items with their not-valid answers.
        responses.saveDraft(code, Map.of(), "policySatisfaction");

        List<String> rows = new ArrayList<>();
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
            rows.add(load(browser, "code page `/khao-sat`", base() + "/khao-sat"));
            rows.add(load(browser, "section page `/s/<code>` (14 questions, script)", base() + "/s/" + code));
        }
        String throughput = throughput(base() + "/s/" + code);

        StringBuilder md = new StringBuilder();
        md.append("## 13. Public survey page\n\n")
                .append("Chromium (Debian, headless) at 360 x 740, a phone's user agent, a fresh context per load (no cache); ")
                .append("Navigation Timing: first byte = responseStart, full load = loadEventEnd, both from the start of ")
                .append("navigation; bytes = the page's and its resources' transferSize. ").append(LOADS)
                .append(" loads each, after one warm-up.\n\n")
                .append("| page | first byte median | first byte p90 | full load median | full load p90 | bytes transferred | goal (bytes) | met |\n")
                .append("|---|---:|---:|---:|---:|---:|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append('\n').append(throughput).append('\n');
        Path out = Paths.get("target", "bench", "public-page.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    private String load(Browser browser, String name, String url) {
        List<Double> firstByte = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        double bytes = 0;
        for (int i = 0; i <= LOADS; i++) {
            try (BrowserContext context = browser.newContext(Respondents.phone())) {
                Page page = context.newPage();
                page.navigate(url);
                page.waitForFunction("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0");
                @SuppressWarnings("unchecked")
                Map<String, Object> t = (Map<String, Object>) page.evaluate("() => { const n = performance"
                        + ".getEntriesByType('navigation')[0]; return {fb: n.responseStart, load: n.loadEventEnd,"
                        + " bytes: n.transferSize + performance.getEntriesByType('resource')"
                        + ".reduce((s, r) => s + r.transferSize, 0)}; }");
                if (i > 0) {
                    firstByte.add(((Number) t.get("fb")).doubleValue());
                    full.add(((Number) t.get("load")).doubleValue());
                    bytes = ((Number) t.get("bytes")).doubleValue();
                }
            }
        }
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %,.0f | < 51,200 | %s |", name,
                median(firstByte), p90(firstByte), median(full), p90(full), bytes, bytes < 51_200 ? "yes" : "**no**");
    }

    /** Requests a second for the section page: 16 threads, each sending the next request when the last answered. */
    private String throughput(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long warmEnd = System.nanoTime() + WARM_UP.toNanos();
        long end = warmEnd + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (start >= warmEnd) {
                            (r.statusCode() == 200 ? done : failed).incrementAndGet();
                            latencies.add(System.nanoTime() - start);
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        List<Double> ms = latencies.stream().map(n -> n / 1e6).toList();
        return String.format(Locale.ROOT, "Throughput of the section page `GET /s/<code>` on loopback (each request checks "
                + "the code's keyed hash, reads the invitation, the answered flag, the draft and the window, and renders "
                + "the section): Java HttpClient load loop, %d threads, %d s after %d s of warm-up, client and server on the "
                + "same 2 cores.\n\n| requests/s | latency median | latency p99 | answers 200 | other |\n|---:|---:|---:|---:|---:|\n"
                + "| %.0f | %.1f ms | %.1f ms | %,d | %,d |\n", THREADS, RUN.toSeconds(), WARM_UP.toSeconds(),
                done.get() / (double) RUN.toSeconds(), median(ms), percentile(ms, 0.99), done.get(), failed.get());
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double p90(List<Double> values) {
        return percentile(values, 0.9);
    }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
