package vn.thuocdo.forms.replication;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a national round's replication package costs to build and to recompute, in memory: 34 provinces × 11 communes
 * × 95 households (35,530 responses, about 2024's 36,525 in 385 communes) and a ministry; the package written
 * (aggregates, points, methodology, and its own recomputation with 1,000 replicates for ket-qua.csv), zipped, then
 * read back and recomputed as the command does. The database read of the responses is not included. Median of 3
 * after 1 warm-up, written to target/bench/replication.md. Run alone with
 * {@code ./mvnw -o -q -pl forms test -Pbench -Dtest=ReplicationPackageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReplicationPackageBenchmark {

    @Test
    void measuresANationalRoundsPackage(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        ReplicationPackage.Contents contents = ReplicateCommandTest.contents(34, 11, 95, 2024);
        byte[][] zip = new byte[1][];
        double build = median(() -> zip[0] = zip(ReplicationPackage.write(contents)));
        Map<String, byte[]> files = ReplicationPackage.write(contents);
        Path dir = ReplicateCommandTest.written(files, temp);
        double recompute = median(() -> ReplicationPackage.results(Recomputation.compute(ReplicationPackage.read(dir))));
        assertThat(ReplicationPackage.results(Recomputation.compute(ReplicationPackage.read(dir))))
                .isEqualTo(new String(files.get(ReplicationPackage.RESULTS), java.nio.charset.StandardCharsets.UTF_8));
        // Baseline in the same run: the same files only zipped and each hashed (SHA-256), nothing computed; what a
        // package costs at least, whatever the methodology.
        double packaging = median(() -> {
            zip(files);
            files.values().forEach(ReplicationPackageBenchmark::sha256);
        });
        long unzipped = files.values().stream().mapToLong(b -> b.length).sum();
        String report = String.format("# Replication package of a national round%n%n%,d responses (34 provinces × 11"
                        + " communes × 95 households) and a ministry; 1,000 replicates. Median of 3 after 1 warm-up,"
                        + " %d cores.%n%n| measurement | median (ms) |%n|---|---:|%n"
                        + "| build: aggregates + files + own recomputation + zip | %.0f |%n"
                        + "| the command: read + check SHA-256 + recompute every number | %.0f |%n"
                        + "| baseline: the same files zipped and hashed, nothing computed | %.0f |%n%n"
                        + "Package: %,d bytes zipped, %,d unzipped, %d files.%n", contents.survey().rows(),
                Runtime.getRuntime().availableProcessors(), build, recompute, packaging, zip[0].length, unzipped, files.size());
        Path out = Path.of("target", "bench", "replication.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("tai-lap/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(Runnable work) {
        work.run();
        long[] runs = new long[3];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            work.run();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[1] / 1e6;
    }
}
