package vn.thuocdo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.Branch;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Household;
import vn.thuocdo.fieldwork.Partner;
import vn.thuocdo.fieldwork.QueueItem;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.fieldwork.Village;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.testing.TestActors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two fieldwork screens #11 measures, on PostgreSQL, each against the raw SQL of the same rows in the same run:
 * an enumerator's assignment list of 200 households ({@link Assignments#forEnumerator}) and a supervisor's review
 * queue of 5,000 completed interviews ({@link Reviews#queue}, the first page and the last). Around them, a national
 * year's worth of interviews in the same tables (40,100), made by SQL. Goal: < 200 ms each.
 */
@BenchmarkTest
class FieldworkScreensBenchmark {

    static final int LIST_HOUSEHOLDS = 200;
    static final int LIST_VILLAGES = 20;
    static final int QUEUE = 5_000;
    static final int QUEUE_ENUMERATORS = 25;
    static final int APPROVED_IN_BRANCH = 5_000;
    static final int OTHER_BRANCH = 30_000;
    static final int PAGE = 50;
    static final int WARM_UPS = 20;
    static final int RUNS = 50;
    static final double GOAL_MS = 200;

    static final Actor SUPERVISOR = new Actor("gsv-bench", "Trần Thị Giám Sát", "T34-31",
            Set.of(Role.FIELDWORK_SUPERVISOR));
    static final Actor ENUMERATOR = new Actor("dtv-list", "Nguyễn Văn Điều Tra", "T34-31", Set.of(Role.ENUMERATOR));

    /** The list's rows as the service reads them, in one statement: the baseline. */
    static final String LIST_SQL = """
            select u.id, u.unit_id, u.commune_code, u.commune_name, u.village_name, u.draw_order,
              u.replacement_rank, u.household_position, u.household, u.random_start, u.sampling_interval,
              a.enumerator, i.state, i.outcome, i.visits, p.design
            from (select distinct su.sample_id, su.unit_id, su.commune_code, su.village_name
                  from fieldwork_assignment fa join survey_sample_unit su on su.id = fa.sample_unit_id
                  where fa.round_id = ? and fa.enumerator = ?) v
            join survey_sample_unit u on u.sample_id = v.sample_id and u.unit_id = v.unit_id
              and u.commune_code = v.commune_code and u.village_name = v.village_name and u.stage = 'HOUSEHOLD'
            join survey_plan p on p.round_id = ?
            left join fieldwork_assignment a on a.sample_unit_id = u.id
            left join fieldwork_interview i on i.sample_unit_id = u.id
            where a.enumerator = ? or (u.replacement_rank is not null and a.sample_unit_id is null)
            order by u.unit_id, u.commune_code, u.village_name, coalesce(u.draw_order, 0),
              coalesce(u.replacement_rank, 0)""";

    /** The queue's page as the service reads it: the baseline. */
    static final String QUEUE_SQL = """
            select i.id, i.sample_unit_id, i.enumerator, m.display_name, u.commune_name, u.village_name,
              i.outcome, i.visits, i.entry_mode, i.edits_after_completion, i.updated_at
            from fieldwork_interview i
            join survey_sample_unit u on u.id = i.sample_unit_id
            left join fieldwork_member m on m.branch_id = i.branch_id and m.username = i.enumerator
            where i.branch_id = ? and i.state = 'COMPLETED' and i.enumerator <> ?
            order by i.updated_at, i.id limit ? offset ?""";

    @Autowired OnlineSurveys online;
    @Autowired FieldworkTeams teams;
    @Autowired Assignments assignments;
    @Autowired Reviews reviews;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anEnumeratorsListOf200AndASupervisorsQueueOf5000() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2086, List.of("T34-31"));
        List<String> communes = jdbc.queryForList("""
                select commune_code from survey_sample_unit where sample_id = ? and stage = 'COMMUNE'
                and draw_order is not null order by draw_order""", String.class, round.sampleId());
        Branch post = teams.createBranch(TestActors.COORDINATOR, round.id(), "T34-31", Partner.VNPOST,
                "Bưu điện thành phố Hải Phòng");
        Branch front = teams.createBranch(TestActors.COORDINATOR, round.id(), "T34-31", Partner.MTTQ,
                "Ủy ban MTTQ thành phố Hải Phòng");
        teams.assignCommune(TestActors.COORDINATOR, post.id(), communes.get(0));
        teams.assignCommune(TestActors.COORDINATOR, front.id(), communes.get(1));
        teams.addMember(TestActors.COORDINATOR, post.id(), SUPERVISOR.username(), SUPERVISOR.displayName(),
                TeamRole.SUPERVISOR);
        teams.addMember(TestActors.COORDINATOR, post.id(), ENUMERATOR.username(), ENUMERATOR.displayName(),
                TeamRole.ENUMERATOR);
        for (int e = 0; e < QUEUE_ENUMERATORS; e++) {
            teams.addMember(TestActors.COORDINATOR, post.id(), "dtv-" + e, "Điều tra viên số " + (e + 1),
                    TeamRole.ENUMERATOR);
        }
        teams.addMember(TestActors.COORDINATOR, front.id(), "dtv-mttq", "Điều tra viên Mặt trận", TeamRole.ENUMERATOR);

        long made = System.nanoTime();
        String answers = new ObjectMapper().writeValueAsString(CompleteAnswers.of(
                questionnaires.find("sipas-citizen@1").orElseThrow(), 7));
        // The enumerator's 200 households in 20 villages (3 replacements each), half interviewed and approved.
        slots(round, communes.get(0), "Thôn danh sách ", LIST_HOUSEHOLDS, LIST_HOUSEHOLDS / LIST_VILLAGES, 3);
        assign(round, post.id(), "Thôn danh sách %", "'" + ENUMERATOR.username() + "'");
        interviews(round, "Thôn danh sách %", "APPROVED", answers, 2);
        // The queue: 5,000 completed interviews by 25 enumerators of the branch, and 5,000 approved ones.
        slots(round, communes.get(0), "Thôn hàng đợi ", QUEUE, 20, 0);
        assign(round, post.id(), "Thôn hàng đợi %", "'dtv-' || (u.id % " + QUEUE_ENUMERATORS + ")");
        interviews(round, "Thôn hàng đợi %", "COMPLETED", answers, 1);
        slots(round, communes.get(0), "Thôn đã duyệt ", APPROVED_IN_BRANCH, 20, 0);
        assign(round, post.id(), "Thôn đã duyệt %", "'dtv-' || (u.id % " + QUEUE_ENUMERATORS + ")");
        interviews(round, "Thôn đã duyệt %", "APPROVED", answers, 1);
        // Another branch's year, completed and waiting for its own supervisor.
        slots(round, communes.get(1), "Thôn khác ", OTHER_BRANCH, 20, 0);
        assign(round, front.id(), "Thôn khác %", "'dtv-mttq'");
        interviews(round, "Thôn khác %", "COMPLETED", answers, 1);
        double makeSeconds = (System.nanoTime() - made) / 1e9;
        jdbc.execute("vacuum analyze");
        long interviewsMade = jdbc.queryForObject("select count(*) from fieldwork_interview", Long.class);

        // Correctness guards: the screens read what was made.
        List<Village> list = assignments.forEnumerator(ENUMERATOR, round.id());
        assertThat(list).hasSize(LIST_VILLAGES);
        assertThat(list.stream().flatMap(v -> v.toVisit().stream()).filter(Household::mine)).hasSize(LIST_HOUSEHOLDS);
        assertThat(raw(LIST_SQL, round.id(), ENUMERATOR.username(), round.id(), ENUMERATOR.username()))
                .isEqualTo(LIST_HOUSEHOLDS + LIST_VILLAGES * 3);
        List<QueueItem> first = reviews.queue(SUPERVISOR, round.id(), 0, PAGE);
        int lastPage = QUEUE / PAGE - 1;
        assertThat(first).hasSize(PAGE);
        assertThat(reviews.queue(SUPERVISOR, round.id(), lastPage, PAGE)).hasSize(PAGE);
        assertThat(reviews.queue(SUPERVISOR, round.id(), lastPage + 1, PAGE)).isEmpty();

        BenchReport report = new BenchReport("fieldwork-screens", "Fieldwork screens (issue #11), on PostgreSQL");
        BenchReport.Stats listRaw = measure(() -> raw(LIST_SQL, round.id(), ENUMERATOR.username(), round.id(),
                ENUMERATOR.username()));
        BenchReport.Stats listApp = measure(() -> assignments.forEnumerator(ENUMERATOR, round.id()));
        report.row("`Assignments.forEnumerator`: 200 households in 20 villages (+ 60 replacements)", listApp,
                BenchReport.ratio(listApp, listRaw.median(), "raw SQL"), GOAL_MS);
        report.row("baseline: the same rows by raw SQL (JDBC)", listRaw, "", null);
        for (int page : new int[]{0, lastPage}) {
            String which = page == 0 ? "first page" : "last page (offset " + page * PAGE + ")";
            BenchReport.Stats queueRaw = measure(() -> raw(QUEUE_SQL, post.id(), SUPERVISOR.username(), PAGE,
                    (long) page * PAGE));
            BenchReport.Stats queueApp = measure(() -> reviews.queue(SUPERVISOR, round.id(), page, PAGE));
            report.row("`Reviews.queue`, 5,000 waiting, " + which + " of " + PAGE, queueApp,
                    BenchReport.ratio(queueApp, queueRaw.median(), "raw SQL"), GOAL_MS);
            report.row("baseline: the same page by raw SQL (JDBC)", queueRaw, "", null);
        }
        report.note(String.format(Locale.ROOT, "One round of Hải Phòng with its sample approved through the services;"
                        + " then %,d interviews made by SQL in %.0f s on synthetic household slots of two sampled"
                        + " communes: the enumerator's 200 (half interviewed), the queue's 5,000 completed by %d"
                        + " enumerators, 5,000 approved in the same branch, %,d of another branch. `VACUUM ANALYZE`"
                        + " before measuring. Median of %d calls after %d warm-ups, one thread.", interviewsMade,
                makeSeconds, QUEUE_ENUMERATORS, OTHER_BRANCH, RUNS, WARM_UPS));
        report.note("The service calls include their access checks (the supervisor's branch, the role) and mapping"
                + " to records; the baselines run the services' own statements alone and read every column.");
        report.write();
    }

    /** Household slots of one commune in villages of {@code perVillage}, with replacements per village. */
    private void slots(OnlineSurveys.OpenRound round, String commune, String villagePrefix, int households,
                       int perVillage, int replacements) {
        String name = jdbc.queryForObject("""
                select commune_name from survey_sample_unit where sample_id = ? and stage = 'COMMUNE'
                and commune_code = ?""", String.class, round.sampleId(), commune);
        jdbc.update("""
                insert into survey_sample_unit (sample_id, unit_id, stage, commune_code, commune_name, village_name,
                  draw_order, household_position, certainty, random_start, sampling_interval)
                select ?, 'T34-31', 'HOUSEHOLD', ?, ?, ? || lpad(((g - 1) / ? + 1)::text, 4, '0'), (g - 1) % ? + 1,
                  ((g - 1) % ? + 1) * 7, false, 3.5, 7.0
                from generate_series(1, ?) g""", round.sampleId(), commune, name, villagePrefix, perVillage,
                perVillage, perVillage, households);
        if (replacements > 0) {
            jdbc.update("""
                    insert into survey_sample_unit (sample_id, unit_id, stage, commune_code, commune_name,
                      village_name, replacement_rank, household_position, certainty)
                    select ?, 'T34-31', 'HOUSEHOLD', ?, ?, ? || lpad(((g - 1) / ? + 1)::text, 4, '0'),
                      (g - 1) % ? + 1, 1000 + g, false
                    from generate_series(1, ?) g""", round.sampleId(), commune, name, villagePrefix, replacements,
                    replacements, households / perVillage * replacements);
        }
    }

    private void assign(OnlineSurveys.OpenRound round, long branchId, String villages, String enumerator) {
        jdbc.update("""
                insert into fieldwork_assignment (sample_unit_id, round_id, branch_id, enumerator, assigned_by,
                  assigned_at)
                select u.id, ?, ?, %s, 'gsv-bench', now() from survey_sample_unit u
                where u.sample_id = ? and u.village_name like ? and u.draw_order is not null""".formatted(enumerator),
                round.id(), branchId, round.sampleId(), villages);
    }

    /** An interview for every {@code every}-th assigned slot of the villages, ended over the last 60 days. */
    private void interviews(OnlineSurveys.OpenRound round, String villages, String state, String answers, int every) {
        jdbc.update("""
                insert into fieldwork_interview (id, round_id, sample_unit_id, enumerator, branch_id, state, outcome,
                  visits, answers, questionnaire, entry_mode, started_at, ended_at, section_seconds, device,
                  edits_after_completion, version, created_at, updated_at)
                select gen_random_uuid()::text, a.round_id, a.sample_unit_id, a.enumerator, a.branch_id, ?,
                  'INTERVIEWED', 1, ?, 'sipas-citizen@1', 'INTERVIEW', t - interval '25 minutes', t,
                  '{"profile":120}', 'Samsung Tab A8', 0, 1, t, t
                from (select a.*, now() - (a.sample_unit_id % 86400) * interval '1 minute' t
                      from fieldwork_assignment a join survey_sample_unit u on u.id = a.sample_unit_id
                      where a.round_id = ? and u.village_name like ? and a.sample_unit_id % ? = 0) a""",
                state, answers, round.id(), villages, every);
    }

    private int raw(String sql, Object... args) {
        int[] rows = {0};
        jdbc.query(sql, rs -> {
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                rs.getObject(c);
            }
            rows[0]++;
        }, args);
        return rows[0];
    }

    private static BenchReport.Stats measure(Supplier<?> work) {
        return BenchReport.Stats.of(WARM_UPS, RUNS, work);
    }
}
