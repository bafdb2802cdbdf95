package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.FrameRow;
import vn.thuocdo.sampling.FrameSummary;
import vn.thuocdo.sampling.FrameWorkbooks;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.xlsx.RawXlsx;
import vn.thuocdo.sampling.xlsx.Xlsx;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.units.Commune;
import vn.thuocdo.units.CommuneRegister;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a sampling frame the size of the whole country in one file: 3,321 x 10 villages; then a million
 * villages in one file of the upload's size limit, with the heap each step took. The codes are Hải
 * Phòng's real communes in turn (the register refuses another province's), so the check against the commune register
 * is measured too. Compared with the same rows written into the same table by a plain JDBC batch, which is what the
 * import would cost without reading the spreadsheet, checking it and going through Spring.
 */
@AdapterTest
@TestPropertySource(properties = "camunda.bpm.history-level=audit")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FrameImportBenchmark {

    static final int RUNS = Integer.getInteger("bench.frame.runs", 7);
    static final int WARM_UPS = 2;
    static final int COMMUNES = 3321;
    static final int VILLAGES = 10;
    static final double GOAL_MS = 5000;
    static final int MILLION = 1_000_000;
    static final long MB = 1024 * 1024;
    static final int MILLION_RUNS = Integer.getInteger("bench.frame.millionRuns", 3);

    @Autowired Rounds rounds;
    @Autowired Tasks tasks;
    @Autowired SamplingFrames frames;
    @Autowired FrameWorkbooks workbooks;
    @Autowired DataSource dataSource;
    @Autowired CommuneRegister register;

    @Test
    void importingAFrameOfEveryCommuneInTheCountry() throws Exception {
        Round round = rounds.launchNew(new NewRound(2030, "Đợt đo hiệu năng", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", LocalDate.now().plusDays(30)), TestActors.COORDINATOR);
        String task = tasks.inbox(TestActors.HAI_PHONG, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
        String requestId = requestIdOf(round.id());
        List<List<Object>> cells = new ArrayList<>();
        List<FrameRow> rows = new ArrayList<>();
        List<Commune> communes = register.communesOf("T34-31", LocalDate.of(2030, 12, 31));
        for (int c = 1; c <= COMMUNES; c++) {
            Commune commune = communes.get(c % communes.size());
            for (int v = 1; v <= VILLAGES; v++) {
                long households = 100 + (c * 7L + v) % 400;
                String village = "Thôn " + c + "." + v;
                cells.add(List.of(commune.code(), commune.name(), village, households, households * 4));
                rows.add(new FrameRow(rows.size() + 2, commune.code(), commune.name(), village, households,
                        households * 4));
            }
        }
        byte[] file = Xlsx.frame(cells);

        List<Double> imports = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            // Alternate figure and baseline so that drift on a busy machine hits both alike.
            long start = System.nanoTime();
            frames.attachFrame(task, new ByteArrayInputStream(file), file.length, TestActors.HAI_PHONG);
            double importMs = (System.nanoTime() - start) / 1e6;
            FrameSummary summary = frames.frameSummary(requestId).orElseThrow();
            assertThat(summary.villages()).isEqualTo((long) COMMUNES * VILLAGES);
            assertThat(summary.communes()).isEqualTo(communes.size());

            start = System.nanoTime();
            int read = workbooks.read(new ByteArrayInputStream(file), List.of(frames.definition()),
                    sheets -> vn.thuocdo.sampling.FrameReading.check(frames.definition(), sheets.get(0), row -> { })
                            .rows());
            assertThat(read).isEqualTo(rows.size());
            double readMs = (System.nanoTime() - start) / 1e6;

            double baselineMs = jdbcBaseline(requestId, rows);
            if (run >= WARM_UPS) {
                imports.add(importMs);
                reads.add(readMs);
                jdbc.add(baselineMs);
            }
        }
        BenchReport.Stats figure = new BenchReport.Stats(imports);
        BenchReport.Stats floor = new BenchReport.Stats(jdbc);
        BenchReport report = new BenchReport("frame-import",
                "5. Sampling frame import: `SamplingFrames.attachFrame`, 3,321 x 10 villages in one file");
        report.row("import of %,d rows (%.1f MB .xlsx): read, check, replace, summarise".formatted(rows.size(),
                file.length / 1048576.0), figure, BenchReport.ratio(figure, floor.median(), "JDBC"), GOAL_MS);
        BenchReport.Stats reading = new BenchReport.Stats(reads);
        report.row("of which reading and checking the .xlsx (no database)", reading, "", null);
        report.row("baseline: JDBC, delete + %,d INSERTs in batches of 1,000, 1 transaction".formatted(rows.size()),
                floor, "", null);
        report.note("%d runs, the first %d discarded as warm-up; each run replaces the same request's frame."
                .formatted(RUNS, WARM_UPS));
        aMillionRows(report, task, requestId, communes);
        report.note("The file is built once with FastExcel (codes as text, counts as numbers); the goal is < 5 s for "
                + "a whole country's communes in one file, far more than one province uploads.");
        report.write();
    }

    /**
     * A million villages in one ~9 MB file, the largest an upload may be: read, checked and written with memory
     * that does not grow with the rows (the reading streams, rows go to the database in batches of 1,000). Each
     * figure comes with the heap it took: the highest heap in use while it ran, sampled every 5 ms, less the heap
     * in use (after a GC) just before.
     */
    private void aMillionRows(BenchReport report, String task, String requestId, List<Commune> communes)
            throws Exception {
        // Sorted by commune as people keep them, and without the optional cell references, as compact writers
        // save it: 8.5 MB. FastExcel's own writer (cell references, styles) would make the same rows ~23 MB.
        int perCommune = (MILLION + communes.size() - 1) / communes.size();
        byte[] file = RawXlsx.of(List.of(Xlsx.SHEET), List.of(out -> {
            RawXlsx.compactRow(out, Xlsx.HEADERS.toArray());
            for (int i = 0; i < MILLION; i++) {
                Commune commune = communes.get(i / perCommune);
                long households = 100 + i % 400;
                RawXlsx.compactRow(out, commune.code(), commune.name(), "Thôn " + i % perCommune, households,
                        households * 4);
            }
        }), 0);
        List<Double> reads = new ArrayList<>();
        List<Double> imports = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        long[] readHeap = {0, 0};
        long[] importHeap = {0, 0};
        for (int run = 0; run < MILLION_RUNS; run++) {
            HeapPeak peak = HeapPeak.start();
            long start = System.nanoTime();
            int read = workbooks.read(new ByteArrayInputStream(file), List.of(frames.definition()),
                    sheets -> vn.thuocdo.sampling.FrameReading.check(frames.definition(), sheets.get(0), row -> { })
                            .rows());
            reads.add((System.nanoTime() - start) / 1e6);
            readHeap = max(readHeap, peak.stop());
            // What the reading holds halfway: a GC at the 500,000th row, outside the timed runs.
            long[] halfway = {0};
            long baseline = HeapPeak.usedAfterGc();
            workbooks.read(new ByteArrayInputStream(file), List.of(frames.definition()),
                    sheets -> vn.thuocdo.sampling.FrameReading.check(frames.definition(), sheets.get(0), row -> {
                        if (row.row() == MILLION / 2) {
                            halfway[0] = HeapPeak.usedAfterGc() - baseline;
                        }
                    }));
            readHeap[1] = Math.max(readHeap[1], halfway[0]);
            assertThat(read).isEqualTo(MILLION);

            peak = HeapPeak.start();
            start = System.nanoTime();
            frames.attachFrame(task, new ByteArrayInputStream(file), file.length, TestActors.HAI_PHONG);
            imports.add((System.nanoTime() - start) / 1e6);
            importHeap = max(importHeap, peak.stop());
            assertThat(frames.frameSummary(requestId).orElseThrow().villages()).isEqualTo(MILLION);

            jdbc.add(jdbcBaseline(requestId, MILLION, communes));
        }
        BenchReport.Stats floor = new BenchReport.Stats(jdbc);
        BenchReport.Stats imported = new BenchReport.Stats(imports);
        report.row("import of %,d rows (%.1f MB .xlsx, the upload limit is 10 MB); heap in use +%d MB"
                .formatted(MILLION, file.length / 1048576.0, importHeap[0] / MB), imported,
                BenchReport.ratio(imported, floor.median(), "JDBC"), null);
        report.row("of which reading and checking the %,d rows (no database); heap live halfway +%d MB, in use +%d MB"
                .formatted(MILLION, readHeap[1] / MB, readHeap[0] / MB), new BenchReport.Stats(reads), "", null);
        report.row("baseline: JDBC, delete + %,d INSERTs in batches of 1,000, 1 transaction".formatted(MILLION),
                floor, "", null);
        report.note(("The million-row file: %d runs, none discarded (each is long enough to warm up). Heap, sampled "
                + "above the heap in use after a GC just before the step: *live halfway* is the heap after a GC forced "
                + "at the 500,000th row of an extra, untimed reading (what the reading holds: FastExcel's buffers, "
                + "the duplicate check's 12 bytes a row); *in use* is the most at any moment, sampled every 5 ms, "
                + "garbage included (how far the collector let the heap grow under the JVM's default maximum, not "
                + "what the step needs). Before the reading streamed, "
                + "every row was held as cells and again as checked rows.").formatted(MILLION_RUNS));
    }

    /**
     * The highest heap in use while a step runs, sampled by a daemon thread every 5 ms, above the heap in use after
     * a GC just before; garbage included, so it mostly shows how far the collector let the young generation grow.
     */
    private static final class HeapPeak {
        private final long before;
        private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        private volatile boolean running = true;
        private final Thread sampler;

        private HeapPeak() {
            System.gc();
            before = used();
            sampler = new Thread(() -> {
                while (running) {
                    max.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapPeak start() {
            return new HeapPeak();
        }

        /** {highest in use, 0}, in bytes above the start. */
        long[] stop() throws InterruptedException {
            running = false;
            sampler.join();
            return new long[] {Math.max(0, max.get() - before), 0};
        }

        static long usedAfterGc() {
            System.gc();
            return used();
        }

        private static long used() {
            return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }

    /** The same million rows written by the driver alone, made as they go so the baseline holds none of them. */
    private double jdbcBaseline(String requestId, int count, List<Commune> communes) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("delete from sampling_frame_row where request_id = ?");
                 PreparedStatement insert = c.prepareStatement("""
                         insert into sampling_frame_row (request_id, row_number, commune_code, commune_name,
                         village_name, households, population) values (?, ?, ?, ?, ?, ?, ?)""")) {
                delete.setString(1, requestId);
                delete.executeUpdate();
                int perCommune = (count + communes.size() - 1) / communes.size();
                for (int i = 0; i < count; i++) {
                    Commune commune = communes.get(i / perCommune);
                    long households = 100 + i % 400;
                    insert.setString(1, requestId);
                    insert.setInt(2, i + 2);
                    insert.setString(3, commune.code());
                    insert.setString(4, commune.name());
                    insert.setString(5, "Thôn " + i % perCommune);
                    insert.setLong(6, households);
                    insert.setLong(7, households * 4);
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static long[] max(long[] a, long[] b) {
        return new long[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])};
    }

    private String requestIdOf(String roundId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select id from sampling_request where round_id = ?")) {
            q.setString(1, roundId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same rows into the same table, replaced the same way, with nothing but the driver. */
    private double jdbcBaseline(String requestId, List<FrameRow> rows) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("delete from sampling_frame_row where request_id = ?");
                 PreparedStatement insert = c.prepareStatement("""
                         insert into sampling_frame_row (request_id, row_number, commune_code, commune_name,
                         village_name, households, population) values (?, ?, ?, ?, ?, ?, ?)""")) {
                delete.setString(1, requestId);
                delete.executeUpdate();
                int pending = 0;
                for (FrameRow row : rows) {
                    insert.setString(1, requestId);
                    insert.setInt(2, row.row());
                    insert.setString(3, row.communeCode());
                    insert.setString(4, row.communeName());
                    insert.setString(5, row.villageName());
                    insert.setLong(6, row.households());
                    insert.setLong(7, row.population());
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
