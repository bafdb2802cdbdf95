package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * Launching a national round: one transaction that prepares the round and starts a sampling request, with its
 * first task, for every participant. Compared with the same rows written by plain JDBC and by pgbench, which is
 * what the launch would cost without the workflow engine.
 */
@BenchmarkTest
class RoundLaunchBenchmark {

    static final int RUNS = Integer.getInteger("bench.launch.runs", 15);
    static final int WARM_UPS = 3;
    static final double GOAL_MS = 2000;
    static final String FORM = "sampling-request@1";

    /** Tables a launch writes to, counted once to show how much more the engine writes than the baseline. */
    static final List<String> WRITTEN = List.of("evaluation_round", "round_participant", "round_event",
            "sampling_request", "audit_event", "act_ru_execution", "act_ru_task", "act_ru_identitylink",
            "act_ru_variable", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
            "act_hi_identitylink", "act_hi_detail");

    @Autowired Rounds rounds;
    @Autowired Units units;
    @Autowired Tasks tasks;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient db;
    @Autowired Environment env;

    private int year = 2030;

    @Test
    void launchingANationalRound() throws Exception {
        // Units of the first benchmark year; years run on from 2030 because one national round per year is allowed.
        LocalDate reference = LocalDate.of(year, 12, 31);
        List<String> provinces = ids(units.evaluatedOn(UnitKind.PROVINCE, reference));
        List<String> ministries = ids(units.evaluatedOn(UnitKind.MINISTRY, reference));
        List<String> everyone = Stream.concat(provinces.stream(), ministries.stream()).toList();
        assertThat(provinces).hasSize(34);

        BenchReport report = new BenchReport("round-launch", "1. Round launch: `Rounds.launchNew`, every first task created");
        measure(report, provinces.size() + " provinces", provinces);
        measure(report, provinces.size() + " provinces + " + ministries.size() + " ministries", everyone);

        long before = rowsWritten();
        launch(everyone);
        long engineRows = rowsWritten() - before;
        report.note("%d runs per shape, the first %d discarded as warm-up; each run launches a new round (years 2030 on)."
                .formatted(RUNS, WARM_UPS));
        report.note("Correctness guard, not timed: after each launch every participant's officer has exactly one task "
                + "in the round.");
        report.note(("Baseline: the rows a launch must write at least - 1 `evaluation_round`, n `round_participant`, "
                + "n `sampling_request` - one INSERT each, in one transaction (JDBC over the same pool; pgbench "
                + "`-M prepared -c 1 -T 10`). A launch of %d units actually writes %d rows (domain, audit, engine "
                + "runtime and history at level audit), about %.0f times the baseline's %d.")
                .formatted(everyone.size(), engineRows, engineRows / (double) (2 * everyone.size() + 1),
                        2 * everyone.size() + 1));
        report.write();
    }

    private void measure(BenchReport report, String shape, List<String> unitIds) throws Exception {
        List<Double> app = new ArrayList<>();
        List<Double> jdbc = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            // Alternate figure and baseline so that drift on a busy machine hits both alike.
            double launchMs = launch(unitIds);
            double baselineMs = jdbcBaseline(unitIds);
            if (run >= WARM_UPS) {
                app.add(launchMs);
                jdbc.add(baselineMs);
            }
        }
        BenchReport.Stats figure = new BenchReport.Stats(app);
        BenchReport.Stats floor = new BenchReport.Stats(jdbc);
        Pgbench.Result pg = Pgbench.run("round-launch-" + unitIds.size(), pgbenchScript(unitIds), Map.of(), 10,
                env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
        String vs = BenchReport.ratio(figure, floor.median(), "JDBC")
                + (pg == null ? "" : "; " + BenchReport.ratio(figure, pg.latencyMillis(), "pgbench"));
        report.row("launch, " + shape, figure, vs, GOAL_MS);
        report.row("baseline: JDBC, " + (2 * unitIds.size() + 1) + " INSERTs, 1 transaction", floor, "", null);
        report.row("baseline: pgbench, same INSERTs", pg);
    }

    /** Launches a round for the units and returns the time it took; checks that everyone got their task. */
    private double launch(List<String> unitIds) {
        long start = System.nanoTime();
        Round round = rounds.launchNew(new NewRound(year++, "Đợt đo hiệu năng", RoundLevel.NATIONAL, unitIds, FORM,
                LocalDate.now().plusDays(30)), COORDINATOR);
        double millis = (System.nanoTime() - start) / 1e6;
        long waiting = unitIds.stream()
                .mapToLong(unit -> tasks.countInbox(TestActors.officerOf(unit), new InboxFilter(round.id(), null)))
                .sum();
        assertThat(waiting).as("first tasks of round %s", round.year()).isEqualTo(unitIds.size());
        return millis;
    }

    private double jdbcBaseline(List<String> unitIds) throws SQLException {
        String roundId = UUID.randomUUID().toString();
        Date due = Date.valueOf(LocalDate.now().plusDays(30));
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement round = c.prepareStatement("""
                         insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,
                         sampling_due, state, created_by, created_at)
                         values (?, 2200, 'Baseline', 'NATIONAL', 'BO-BNV', ?, ?, 'DRAFT', 'bench', now())""");
                 PreparedStatement participant = c.prepareStatement(
                         "insert into round_participant (round_id, unit_id) values (?, ?)");
                 PreparedStatement request = c.prepareStatement("""
                         insert into sampling_request (id, round_id, unit_id, form, state, due)
                         values (?, ?, ?, ?, 'REQUESTED', ?)""")) {
                round.setString(1, roundId);
                round.setString(2, FORM);
                round.setDate(3, due);
                round.executeUpdate();
                for (String unit : unitIds) {
                    participant.setString(1, roundId);
                    participant.setString(2, unit);
                    participant.executeUpdate();
                }
                for (String unit : unitIds) {
                    request.setString(1, UUID.randomUUID().toString());
                    request.setString(2, roundId);
                    request.setString(3, unit);
                    request.setString(4, FORM);
                    request.setDate(5, due);
                    request.executeUpdate();
                }
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static String pgbenchScript(List<String> unitIds) {
        String due = LocalDate.now().plusDays(30).toString();
        StringBuilder sql = new StringBuilder("BEGIN;\n")
                .append("INSERT INTO evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form, ")
                .append("sampling_due, state, created_by, created_at) VALUES (gen_random_uuid()::text, 2300, ")
                .append("'pgbench', 'NATIONAL', 'BO-BNV', '" + FORM + "', '" + due + "', 'DRAFT', 'bench', now()) ")
                .append("RETURNING id AS rid \\gset\n");
        for (String unit : unitIds) {
            sql.append("INSERT INTO round_participant (round_id, unit_id) VALUES (:rid, '" + unit + "');\n");
        }
        for (String unit : unitIds) {
            sql.append("INSERT INTO sampling_request (id, round_id, unit_id, form, state, due) VALUES ")
                    .append("(gen_random_uuid()::text, :rid, '" + unit + "', '" + FORM + "', 'REQUESTED', '" + due + "');\n");
        }
        return sql.append("COMMIT;\n").toString();
    }

    private long rowsWritten() {
        return db.sql(WRITTEN.stream().map(t -> "(select count(*) from " + t + ")")
                .reduce((a, b) -> a + " + " + b).map(sum -> "select " + sum).orElseThrow()).query(Long.class).single();
    }

    private static List<String> ids(List<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }
}
