package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.microdata.MicrodataExport;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statisticians' export of 1,000,000 final responses: rows made in PostgreSQL (invitations on the approved
 * sample's household slots, answers from {@link CompleteAnswers}), then {@link MicrodataExport#write} timed into a
 * counting sink, with the heap sampled every 5 ms while it runs. Baseline in the same run: PostgreSQL's own
 * {@code COPY (select the same rows, joined and ordered alike) TO STDOUT} through the driver's CopyManager, which
 * leaves the JSON unparsed. Goal: < 30 s, and a heap that does not grow with the rows.
 */
@BenchmarkTest
class MicrodataBenchmark {

    static final int RESPONSES = Integer.getInteger("bench.microdata.rows", 1_000_000);
    static final int DISTINCT_ANSWERS = 1_000;
    static final int RUNS = 3;
    static final Actor STATISTICIAN = new Actor("thongke", "Trịnh Minh Khoa", "BO-BNV",
            Set.of(Role.SURVEY_STATISTICIAN));

    @Autowired OnlineSurveys online;
    @Autowired Questionnaires questionnaires;
    @Autowired MicrodataExport export;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void exportingAMillionResponses() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2071, List.of("T34-31", "T34-01", "T34-79"));
        long made = System.nanoTime();
        generate(round);
        double generateSeconds = (System.nanoTime() - made) / 1e9;

        AtomicLong bytes = new AtomicLong();
        List<Double> copy = new ArrayList<>();
        List<Double> exported = new ArrayList<>();
        long peak = 0;
        long oldPeak = 0;
        long floor = 0;
        long rows = 0;
        for (int run = 0; run <= RUNS; run++) {
            long start = System.nanoTime();
            bytes.set(0);
            try (Connection c = dataSource.getConnection()) {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select r.unit_id,"
                        + " r.commune_code, r.position_group, su.weight, r.unit_id, r.commune_code, r.channel,"
                        + " (r.received_at at time zone 'Asia/Ho_Chi_Minh')::date, r.answers from survey_response r"
                        + " left join survey_invitation i on i.id = r.invitation_id"
                        + " left join survey_sample_unit su on su.id = i.sample_unit_id"
                        + " where r.round_id = '" + round.id() + "' and r.questionnaire = 'sipas-citizen@1'"
                        + " order by r.unit_id, r.commune_code, r.id) to stdout with csv header", counting(bytes));
            }
            if (run > 0) {
                copy.add((System.nanoTime() - start) / 1e6);
            }
            long copyBytes = bytes.get();

            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = memory.getHeapMemoryUsage().getUsed();
            long oldBefore = oldGeneration();
            AtomicLong highest = new AtomicLong(before);
            AtomicLong oldHighest = new AtomicLong(oldBefore);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    oldHighest.accumulateAndGet(oldGeneration(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            bytes.set(0);
            start = System.nanoTime();
            rows = export.write(round.id(), Questionnaire.Kind.CITIZEN, counting(bytes), STATISTICIAN);
            double millis = (System.nanoTime() - start) / 1e6;
            sampler.interrupt();
            sampler.join();
            if (run > 0) {
                exported.add(millis);
                peak = Math.max(peak, highest.get() - before);
                oldPeak = Math.max(oldPeak, oldHighest.get() - oldBefore);
                floor = before;
            }
            System.out.printf(Locale.ROOT, "run %d: COPY %d bytes, export %d rows %d bytes in %.0f ms%n", run,
                    copyBytes, rows, bytes.get(), millis);
        }

        BenchReport.Stats baseline = new BenchReport.Stats(copy);
        BenchReport.Stats figure = new BenchReport.Stats(exported);
        BenchReport report = new BenchReport("microdata", "Microdata export: 1,000,000 responses to CSV");
        report.row("COPY (select … joined and ordered alike) TO STDOUT via CopyManager (baseline)", baseline,
                "1.0x", null);
        report.row("MicrodataExport.write, " + rows + " rows (cursor, JSON parsed, CSV, BOM, neutralised)", figure,
                BenchReport.ratio(figure, baseline.median(), "COPY"), 30_000.0);
        report.note(String.format(Locale.ROOT, "%,d responses of sipas-citizen@1 on 3 provinces made in PostgreSQL in"
                + " %.0f s (%,d distinct complete answers from CompleteAnswers); CSV %,d bytes; median of %d runs after"
                + " one warm-up.", RESPONSES, generateSeconds, DISTINCT_ANSWERS, bytes.get(), RUNS));
        report.note(String.format(Locale.ROOT, "Heap: %.0f MB used before the export (after a GC), at most %.0f MB"
                + " more while it ran (sampled every 5 ms, young garbage included), of which %.1f MB in the old"
                + " generation (what survives collections), for a CSV of %.0f MB: the rows are streamed, not held"
                + " (fetch size %d). Maximum heap %.0f MB.", floor / 1e6, peak / 1e6, oldPeak / 1e6,
                bytes.get() / 1e6, 2_000, Runtime.getRuntime().maxMemory() / 1e6));
        report.write();
    }

    /** One round's invitations and responses written by the server itself, from a table of distinct answers. */
    private void generate(OnlineSurveys.OpenRound round) throws Exception {
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        ObjectMapper json = new ObjectMapper();
        jdbc.execute("create table bench_answers (n integer primary key, answers text not null)");
        List<Object[]> answers = new ArrayList<>();
        for (int n = 0; n < DISTINCT_ANSWERS; n++) {
            answers.add(new Object[]{n, json.writeValueAsString(sipas.read(CompleteAnswers.of(sipas, n),
                    vn.thuocdo.forms.questionnaire.Completeness.FINAL).stored())});
        }
        jdbc.batchUpdate("insert into bench_answers (n, answers) values (?, ?)", answers);
        jdbc.execute("create table bench_slots as select row_number() over (order by id) - 1 as n, id, unit_id,"
                + " commune_code from survey_sample_unit where sample_id = '" + round.sampleId() + "'"
                + " and stage = 'HOUSEHOLD' and draw_order is not null");
        int slots = jdbc.queryForObject("select count(*) from bench_slots", Integer.class);
        jdbc.update("insert into survey_invitation (round_id, kind, questionnaire, code_hash, unit_id, commune_code,"
                + " sample_unit_id, batch, state, issued_by, issued_at)"
                + " select ?, 'CITIZEN', 'sipas-citizen@1', md5('bench' || g) || md5('code' || g), s.unit_id,"
                + " s.commune_code, s.id, 'bench', 'ISSUED', 'bench', now()"
                + " from generate_series(0, ? - 1) g join bench_slots s on s.n = g % ?", round.id(), RESPONSES, slots);
        jdbc.update("insert into survey_response (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                + " commune_code, answers, received_at)"
                + " select gen_random_uuid()::text, i.round_id, i.id, i.questionnaire,"
                + " case when i.id % 3 = 0 then 'API' else 'WEB' end, i.unit_id, i.commune_code, a.answers,"
                + " now() - (i.id % 30) * interval '1 day'"
                + " from survey_invitation i join bench_answers a on a.n = i.id % ? where i.batch = 'bench'",
                DISTINCT_ANSWERS);
        jdbc.execute("analyze survey_invitation; analyze survey_response; analyze survey_sample_unit");
    }

    /** Bytes in the old generation (G1 Old Gen, Tenured, ...): what a growing export would pile up. */
    private static long oldGeneration() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static OutputStream counting(AtomicLong bytes) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
    }
}
