package vn.thuocdo.bench;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.process.SamplingRequestVariables;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/**
 * The first inbox page once years of work lie in the engine's history: 100,000 completed tasks (or as many as
 * the time budget allows), plus rounds in progress. Compared with the raw SQL the page needs at least.
 */
@BenchmarkTest
class InboxBenchmark {

    static final int HISTORY_TASKS = Integer.getInteger("bench.inbox.historyTasks", 100_000);
    /** 100,000 tasks took 3.2 to 4.6 minutes on the 2 shared cores here; a busier machine stops at the budget and says so. */
    static final int BUDGET_SECONDS = Integer.getInteger("bench.inbox.budgetSeconds", 300);
    static final int THREADS = Integer.getInteger("bench.inbox.threads", 2);
    static final int OPEN_ROUNDS = 20;
    static final int CALLS = 50;
    static final int WARM_UPS = 10;
    static final double GOAL_MS = 50;
    static final String FORM = "sampling-request@1";

    /** What Camunda's candidate-group task query does, without the engine: one join, sorted, one page. */
    static final String INBOX_SQL = """
            select t.* from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_
            where t.suspension_state_ = 1 and t.assignee_ is null and i.type_ = 'candidate' and i.group_id_ = %s
            order by t.due_date_ asc, t.create_time_ asc limit 50""";

    static final Map<String, String> ANSWERS = Map.of("contactName", "Nguyễn Văn An",
            "contactPhone", "0912345678", "contactEmail", "an@snv.gov.vn", "communes", "114", "villages", "2300",
            "households", "650000", "population", "2100000", "dossiersHandled", "480000");

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;
    @Autowired Units units;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient db;
    @Autowired Environment env;

    @Test
    void firstInboxPageOverAHundredThousandCompletedTasks() throws Exception {
        LocalDate reference = LocalDate.of(2030, 12, 31);
        List<String> unitIds = Stream.concat(units.evaluatedOn(UnitKind.PROVINCE, reference).stream(),
                units.evaluatedOn(UnitKind.MINISTRY, reference).stream()).map(Unit::id).toList();

        long started = System.nanoTime();
        buildHistory(unitIds);
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        long completed = db.sql("select count(*) from act_hi_taskinst where end_time_ is not null")
                .query(Long.class).single();
        openWork(unitIds);
        // Autovacuum would get there on its own, at a time of its choosing; do it now so runs are comparable.
        db.sql("vacuum analyze").update();

        // Correctness guards: each person sees what the set-up left open for them.
        assertThat(tasks.countInbox(HAI_PHONG, InboxFilter.ALL)).isEqualTo(OPEN_ROUNDS / 2);
        assertThat(tasks.countInbox(COORDINATOR, InboxFilter.ALL)).isEqualTo(OPEN_ROUNDS / 2 * unitIds.size());

        BenchReport report = new BenchReport("inbox", "2. Inbox first page: `Tasks.inbox(actor, ALL, 0, 50)`");
        measure(report, "provincial officer (Hải Phòng)", HAI_PHONG, OPEN_ROUNDS / 2);
        measure(report, "coordinator (Bộ Nội vụ)", COORDINATOR, 50);
        report.note(("History: %,d completed tasks (goal %,d) built in %.0f s with %d threads (budget %d s) by "
                + "starting `SamplingRequestProcess` instances through Camunda's API, submitting them by message "
                + "correlation and completing their review tasks in batches of %d instances per transaction; history level `audit` as in production.")
                .formatted(completed, HISTORY_TASKS, buildSeconds, THREADS, BUDGET_SECONDS, unitIds.size()));
        report.note(("Open work: %d rounds launched through `Rounds.launchNew` to %d units, every unit submitting "
                + "in half of them: Hải Phòng has %d open tasks, the coordinator %d. `VACUUM ANALYZE` before "
                + "measuring.").formatted(OPEN_ROUNDS, unitIds.size(), OPEN_ROUNDS / 2,
                OPEN_ROUNDS / 2 * unitIds.size()));
        report.note("%d calls per figure after %d warm-up calls. The inbox also reads the round and unit of the page's "
                .formatted(CALLS, WARM_UPS) + "tasks (a second query); the baseline is the task query alone: `"
                + INBOX_SQL.formatted("?").replaceAll("\\s+", " ").strip() + "`.");
        report.write();
    }

    private void measure(BenchReport report, String who, Actor actor, int expectedPage) throws Exception {
        assertThat(tasks.inbox(actor, InboxFilter.ALL, 0, 50)).hasSize(expectedPage);
        String group = actor.groups().get(0);
        BenchReport.Stats app = time(() -> tasks.inbox(actor, InboxFilter.ALL, 0, 50).size());
        BenchReport.Stats jdbc = time(() -> rawInbox(group));
        assertThat(rawInbox(group)).isEqualTo(expectedPage);
        Pgbench.Result pg = Pgbench.run("inbox-" + actor.username(), INBOX_SQL.formatted(":grp") + ";\n",
                Map.of("grp", group), 10, env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
        String vs = BenchReport.ratio(app, jdbc.median(), "JDBC")
                + (pg == null ? "" : "; " + BenchReport.ratio(app, pg.latencyMillis(), "pgbench"));
        report.row("inbox, " + who + ", " + expectedPage + " rows", app, vs, GOAL_MS);
        report.row("baseline: JDBC, raw task query", jdbc, "", null);
        report.row("baseline: pgbench, raw task query", pg);
    }

    private static BenchReport.Stats time(Callable<Integer> call) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + CALLS; i++) {
            long start = System.nanoTime();
            call.call();
            if (i >= WARM_UPS) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new BenchReport.Stats(millis);
    }

    /** Runs the raw query the way the application would: a pooled connection, every column read. */
    private int rawInbox(String group) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement(INBOX_SQL.formatted("?"))) {
            query.setString(1, group);
            int rows = 0;
            try (ResultSet rs = query.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /**
     * Years of finished sampling requests, made through the engine rather than the application: a launch and
     * two domain actions per task would take hours here. Each batch is a past round: every unit's request is
     * started, submitted and approved in one transaction, leaving two finished tasks per unit in the history.
     */
    private void buildHistory(List<String> unitIds) throws Exception {
        AtomicInteger batchesLeft = new AtomicInteger((HISTORY_TASKS + 2 * unitIds.size() - 1) / (2 * unitIds.size()));
        Instant deadline = Instant.now().plusSeconds(BUDGET_SECONDS);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    while (batchesLeft.getAndDecrement() > 0 && Instant.now().isBefore(deadline)) {
                        tx.executeWithoutResult(status -> pastRound(unitIds));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void pastRound(List<String> unitIds) {
        String roundId = UUID.randomUUID().toString();
        LocalDate due = LocalDate.now().minusYears(1);
        db.sql("""
                        insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,
                        sampling_due, state, created_by, created_at)
                        values (?, 2020, 'Lịch sử', 'NATIONAL', 'BO-BNV', ?, ?, 'COMPLETED', 'bench', now())""")
                .params(roundId, FORM, java.sql.Date.valueOf(due)).update();
        Date dueDate = Date.from(due.atTime(23, 59, 59).atZone(TimeZones.VIETNAM).toInstant());
        List<String> instances = new ArrayList<>();
        for (String unit : unitIds) {
            instances.add(runtime.startProcessInstanceByKey(SamplingRequestVariables.PROCESS_KEY, roundId + ":" + unit,
                    Map.of(SamplingRequestVariables.ROUND_ID, roundId, SamplingRequestVariables.UNIT_ID, unit,
                            SamplingRequestVariables.ORGANISER_UNIT_ID, COORDINATOR.unitId(),
                            SamplingRequestVariables.SAMPLING_DUE, dueDate,
                            SamplingRequestVariables.SAMPLING_REMINDER_AT, dueDate,
                            SamplingRequestVariables.SAMPLING_FORM, FORM)).getId());
        }
        // A submission reaches the workflow as a message, as the application sends it; the submit task ends with it.
        instances.forEach(id -> runtime.createMessageCorrelation("SamplingSubmitted").processInstanceId(id).correlate());
        completeAll(instances, Map.of(SamplingRequests.APPROVED, true));
    }

    private void completeAll(List<String> instances, Map<String, Object> variables) {
        List<Task> open = taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list();
        assertThat(open).hasSize(instances.size());
        open.forEach(task -> taskService.complete(task.getId(), variables));
    }

    /** Rounds in progress through the application: Hải Phòng's inbox holds one task per round not yet submitted. */
    private void openWork(List<String> unitIds) {
        for (int i = 0; i < OPEN_ROUNDS; i++) {
            Round round = rounds.launchNew(new NewRound(2030 + i, "Đợt đang chạy " + (i + 1), RoundLevel.NATIONAL,
                    unitIds, FORM, LocalDate.now().plusDays(30 + i)), COORDINATOR);
            if (i % 2 == 0) {
                for (String unit : unitIds) {
                    Actor officer = TestActors.officerOf(unit);
                    String task = tasks.inbox(officer, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
                    sampling.submit(task, ANSWERS, officer);
                }
            }
        }
    }
}
