package vn.thuocdo.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pgbench script against the benchmark's own database, so the baseline sees the same data as the figure.
 * The database is dropped when the JVM ends, which is why the benchmark runs pgbench and not {@code bench/run}.
 */
final class Pgbench {

    record Result(double latencyMillis, long transactions) {
    }

    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern COUNT = Pattern.compile("number of transactions actually processed: (\\d+)");

    private Pgbench() {
    }

    /**
     * One client for {@code seconds}; {@code -M prepared} like JDBC, and because only then are {@code :var}
     * values passed as parameters. {@code variables} become {@code -D name=value}: a value with a colon cannot be
     * written into the script, pgbench would read it as a variable. Returns null when pgbench is not installed
     * ({@code PGBENCH} names it).
     */
    static Result run(String name, String script, Map<String, String> variables, int seconds, String jdbcUrl,
                      String user, String password) throws IOException, InterruptedException {
        Path file = Path.of("target", "bench", name + ".pgbench.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, script, StandardCharsets.UTF_8);
        URI db = URI.create(jdbcUrl.substring("jdbc:".length()));
        String exe = System.getenv().getOrDefault("PGBENCH", "pgbench");
        List<String> command = new ArrayList<>(List.of(exe, "-n", "-M", "prepared", "-c", "1",
                "-T", String.valueOf(seconds), "-f", file.toString(), "-h", db.getHost(),
                "-p", String.valueOf(db.getPort() < 0 ? 5432 : db.getPort()), "-U", user));
        variables.forEach((key, value) -> command.addAll(List.of("-D", key + "=" + value)));
        command.add(db.getPath().substring(1));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null && !password.isEmpty()) {
            pb.environment().put("PGPASSWORD", password);
        }
        Process process;
        try {
            process = pb.start();
        } catch (IOException notInstalled) {
            return null;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        Matcher latency = LATENCY.matcher(out);
        Matcher count = COUNT.matcher(out);
        if (!latency.find() || !count.find()) {
            throw new IllegalStateException("Unexpected pgbench output:\n" + out);
        }
        return new Result(Double.parseDouble(latency.group(1)), Long.parseLong(count.group(1)));
    }
}
