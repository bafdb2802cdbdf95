package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.publication.Published;
import vn.thuocdo.publication.site.PublicSiteLoad;
import vn.thuocdo.testing.ServerTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public rankings page under load (#14 "Measured"): wrk on loopback, 2 threads and 32 connections, against
 * {@code /cong-khai/xep-hang} of a year with 34 provinces, and in the same run against the site's style sheet served
 * by the same server, the floor of any answer here. Requests/s and p99 of each, written to
 * web-ui/target/bench/public-rankings.md. Goal: ≥ 1,000 requests/s for the page. Years 2126-2127.
 * {@code ./mvnw -o -pl web-ui -am package -DskipITs -Pbench -Dtest=PublicRankingsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.site.seconds=20}
 */
@ServerTest
class PublicRankingsBenchmark {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;

    record Run(String what, double perSecond, double p50, double p99, long non2xx) {
    }

    @Test
    void rankingsPageAgainstAStaticFileOfTheSameServer() throws Exception {
        int seconds = Integer.getInteger("bench.site.seconds", 20);
        PublicSiteLoad.publishYear(jdbc, 2126);
        events.publishEvent(new Published("bench", "bench", "CB-2126-01", 2126, null));
        String base = "http://127.0.0.1:" + port;
        String page = base + "/cong-khai/xep-hang?nam=2126&loai=tinh&chi-so=sipas";
        String css = base + "/cong-khai/tai-nguyen/site.css";
        // Warm-up: the JIT and the rendered page.
        wrk("warm-up", page, 5);
        wrk("warm-up", css, 3);
        List<Run> runs = new ArrayList<>();
        runs.add(wrk("static file `GET /cong-khai/tai-nguyen/site.css`", css, seconds));
        runs.add(wrk("rankings page `GET /cong-khai/xep-hang?nam=…&loai=tinh&chi-so=sipas` (34 provinces)", page, seconds));
        runs.add(wrk("rankings page, other sort and English (`&sap-xep=-gia-tri&lang=en`)",
                page + "&sap-xep=-gia-tri&lang=en", seconds));

        StringBuilder md = new StringBuilder("| answer | requests/s | latency p50 | latency p99 | non-2xx |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (Run r : runs) {
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f ms | %.2f ms | %d |%n", r.what(), r.perSecond(),
                    r.p50(), r.p99(), r.non2xx()));
        }
        double ratio = runs.get(1).perSecond() / runs.get(0).perSecond();
        md.append(String.format(Locale.ROOT, "%nRankings page / static file: %.2f. Goal: rankings page ≥ 1,000 "
                + "requests/s: %s. wrk 2 threads, 32 connections, %d s each after a warm-up, client and server on the "
                + "same 2 cores.%n", ratio, runs.get(1).perSecond() >= 1000 ? "met" : "**not met**", seconds));
        Path out = Paths.get("target", "bench", "public-rankings.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
        assertThat(runs.get(1).non2xx()).isZero();
    }

    private static Run wrk(String what, String url, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor()).as(output).isZero();
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(output);
        return new Run(what, rate.find() ? Double.parseDouble(rate.group(1)) : Double.NaN, percentile(output, "50%"),
                percentile(output, "99%"), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0);
    }

    private static double percentile(String output, String which) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
