package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.evidence.EvidenceSamples;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.TestActors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Uploading a 20 MB evidence file with flat memory: {@link EvidenceFiles#attach} (count, hash, type check, scan
 * port, directory store, row, audit) of a generated 20 MB stream, measured by the bytes the calling thread
 * allocates ({@code ThreadMXBean.getThreadAllocatedBytes}) and its time. Baselines in the same run, on the same
 * generated stream: {@code Files.copy} to a file (the least any upload to disk costs), and
 * {@code InputStream.readAllBytes} (what holding the file in memory would cost). Median of 5 after 2 warm-ups.
 */
@BenchmarkTest
@TestPropertySource(properties = {"thuocdo.test.context=bench-evidence",
        "thuocdo.evidence.directory=target/bench-evidence"})
class EvidenceUploadBenchmark {

    static final int RUNS = 5;
    static final int WARM_UPS = 2;
    static final long MB = 1024 * 1024;

    @Autowired EvidenceFiles evidence;
    @Autowired Rounds rounds;

    @Test
    void aTwentyMegabyteUploadAllocatesAboutWhatACopyToDiskDoes() throws IOException {
        long size = evidence.settings().maxBytes();
        String round = rounds.prepare(new NewRound(2099, "Đợt đo tải tài liệu", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(20)), TestActors.COORDINATOR).id();
        int[] criterion = {0};
        Figure attach = measure(() -> evidence.attach(TestActors.HAI_PHONG, round, "T34-31",
                "9." + (++criterion[0]), "lon.pdf", EvidenceSamples.pdfOfSize(size)));
        // A tenth of the size: flat memory means the same allocation, whatever the file's size.
        Figure small = measure(() -> evidence.attach(TestActors.HAI_PHONG, round, "T34-31",
                "9." + (++criterion[0]), "nho.pdf", EvidenceSamples.pdfOfSize(size / 10)));
        Path target = Files.createTempFile("thuocdo-bench-copy-", ".pdf");
        Figure copy = measure(() -> {
            try (InputStream in = EvidenceSamples.pdfOfSize(size)) {
                return Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.deleteIfExists(target);
        Figure inMemory = measure(() -> {
            try (InputStream in = EvidenceSamples.pdfOfSize(size)) {
                return in.readAllBytes().length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        List<String> lines = new ArrayList<>();
        lines.add("## 18. Evidence upload: a 20 MB file with flat memory");
        lines.add("");
        lines.add("| measurement | allocated by the thread (median) | max | time (median) | vs baseline |");
        lines.add("|---|---:|---:|---:|---|");
        lines.add(row("`EvidenceFiles.attach`, " + size / MB + " MB, directory store", attach,
                String.format(Locale.ROOT, "time %.1fx Files.copy; %s more allocated", attach.millis / copy.millis,
                        bytes(attach.allocated - copy.allocated))));
        lines.add(row("`EvidenceFiles.attach`, " + size / 10 / 1024 + " KB (a tenth)", small,
                String.format(Locale.ROOT, "allocation %.2fx the 20 MB upload's", small.allocated / attach.allocated)));
        lines.add(row("baseline: `Files.copy` of the same stream to a file", copy, ""));
        lines.add(row("for scale: `readAllBytes` (the file held in memory)", inMemory, ""));
        lines.add("");
        lines.add("- Allocation is counted per thread by `com.sun.management.ThreadMXBean`, so garbage collection "
                + "and other threads do not blur it. \"Flat\" means it does not grow with the file: the upload is "
                + "streamed through a 64 KB buffer (counted, hashed, cut at the limit) to a temporary file, checked, "
                + "and streamed again into the store.");
        lines.add("- The stream is generated as it is read (a PDF header and digits), so the figures hold no "
                + "network or source-disk cost; attach includes a PostgreSQL round trip for the access check, the "
                + "duplicate check, the row and the audit event.");
        lines.add("");
        String text = String.join("\n", lines);
        System.out.println(text);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "evidence-upload.md"), text, StandardCharsets.UTF_8);
    }

    record Figure(double allocated, double maxAllocated, double millis) {
    }

    private static Figure measure(java.util.function.Supplier<?> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().getId();
        List<Long> allocated = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < WARM_UPS + RUNS; run++) {
            long before = threads.getThreadAllocatedBytes(me);
            long start = System.nanoTime();
            work.get();
            double ms = (System.nanoTime() - start) / 1e6;
            long bytes = threads.getThreadAllocatedBytes(me) - before;
            if (run >= WARM_UPS) {
                allocated.add(bytes);
                millis.add(ms);
            }
        }
        allocated.sort(null);
        millis.sort(null);
        return new Figure(allocated.get(RUNS / 2), allocated.get(RUNS - 1), millis.get(RUNS / 2));
    }

    private static String row(String what, Figure f, String vs) {
        return "| %s | %s | %s | %s | %s |".formatted(what, bytes(f.allocated), bytes(f.maxAllocated),
                BenchReport.ms(f.millis), vs);
    }

    private static String bytes(double b) {
        return b >= MB ? String.format(Locale.ROOT, "%.1f MB", b / MB) : String.format(Locale.ROOT, "%.0f KB", b / 1024);
    }
}
