package vn.thuocdo.testing.badinput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a run found: how many bodies, how fast, how many 5xx, and each failure as "category | problem". */
public record BadInputReport(String endpoint, int requests, double seconds, int serverErrors, List<String> failures) {

    public double perSecond() {
        return requests / seconds;
    }

    /** Failures grouped by category and problem, most frequent first, with their counts. */
    public String summary() {
        Map<String, Long> counts = failures.stream().map(f -> f.length() > 220 ? f.substring(0, 217) + "..." : f)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        String header = String.format(Locale.ROOT, "%s: %d bad bodies in %.1f s (%.0f requests/s), %d 5xx, %d failures",
                endpoint, requests, seconds, perSecond(), serverErrors, failures.size());
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%6d × %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("\n", header + "\n", ""));
    }

    /**
     * Writes this run's row into the benchmark table at {@code file} (for bench/run): replaces the endpoint's
     * earlier row, keeps the other endpoints' rows, writes the header when the file is new.
     */
    public void writeTo(Path file) throws IOException {
        String shown = "| `" + endpoint.replaceAll("/[0-9a-f-]{36}/", "/{roundId}/") + "` |";
        List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
                : List.of("| endpoint | bad bodies | seconds | requests/s | 5xx | failures |", "|---|---:|---:|---:|---:|---:|"));
        lines.removeIf(line -> line.startsWith(shown));
        lines.add(String.format(Locale.ROOT, "%s %d | %.1f | %.0f | %d | %d |", shown, requests, seconds, perSecond(),
                serverErrors, failures.size()));
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
