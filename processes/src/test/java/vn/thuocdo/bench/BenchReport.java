package vn.thuocdo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark's results as a Markdown section: printed, and written to {@code target/bench/<name>.md}, which
 * {@code bench/run} gathers into BENCHMARKS.md. Figures are reported, never asserted: a slow machine must not
 * fail a build.
 */
final class BenchReport {

    /** Milliseconds of repeated measurements. */
    record Stats(List<Double> millis) {

        /** The work timed {@code runs} times in milliseconds, after {@code warmUps} untimed runs for the JIT. */
        static Stats of(int warmUps, int runs, java.util.function.Supplier<?> work) {
            for (int i = 0; i < warmUps; i++) {
                work.get();
            }
            List<Double> millis = new java.util.ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                work.get();
                millis.add((System.nanoTime() - start) / 1e6);
            }
            return new Stats(millis);
        }

        Stats {
            millis = millis.stream().sorted().toList();
        }

        double median() {
            int n = millis.size();
            return n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2;
        }

        /** Nearest-rank percentile: a value that was really measured. */
        double p90() {
            return millis.get((int) Math.ceil(0.9 * millis.size()) - 1);
        }

        double min() {
            return millis.get(0);
        }

        int n() {
            return millis.size();
        }
    }

    private final String name;
    private final List<String> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport(String name, String title) {
        this.name = name;
        lines.add("## " + title);
        lines.add("");
        lines.add("| measurement | median | p90 | min | n | vs baseline | goal | met |");
        lines.add("|---|---:|---:|---:|---:|---|---|---|");
    }

    /** A measured figure; {@code goalMillis} null for a baseline, which has no goal. */
    void row(String measurement, Stats s, String vsBaseline, Double goalMillis) {
        String goal = goalMillis == null ? "" : "< " + ms(goalMillis);
        String met = goalMillis == null ? "" : s.median() < goalMillis ? "yes" : "**no**";
        lines.add("| %s | %s | %s | %s | %d | %s | %s | %s |".formatted(measurement, ms(s.median()), ms(s.p90()),
                ms(s.min()), s.n(), vsBaseline, goal, met));
    }

    /** A pgbench baseline: it reports an average latency over many transactions, not a distribution. */
    void row(String measurement, Pgbench.Result r) {
        if (r == null) {
            lines.add("| %s | not run (pgbench not found) | | | | | | |".formatted(measurement));
        } else {
            lines.add("| %s | %s (average) | | | %d tx | | | |".formatted(measurement, ms(r.latencyMillis()),
                    r.transactions()));
        }
    }

    void note(String text) {
        notes.add(text);
    }

    /** "12.3x JDBC" style: how many times the baseline the figure is. */
    static String ratio(Stats figure, double baselineMillis, String baselineName) {
        return String.format(Locale.ROOT, "%.1fx %s", figure.median() / baselineMillis, baselineName);
    }

    static String ms(double millis) {
        if (millis >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000);
        }
        return String.format(Locale.ROOT, millis >= 10 ? "%.1f ms" : "%.2f ms", millis);
    }

    void write() {
        List<String> all = new ArrayList<>(lines);
        all.add("");
        notes.forEach(n -> all.add("- " + n));
        all.add("");
        String text = String.join("\n", all);
        System.out.println(text);
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
