package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.Appraisals;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.council.CouncilAgenda;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.TestActors;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * #12's two figures: (a) the appraisers' screen opening a ministry's self-assessment - the ministry scorecard's 97
 * sub-criteria (and 38 criteria) with their values and 300 evidence files: {@link Appraisals#open} (access, header,
 * scorecard, values, evidence counts) and {@link EvidenceFiles#list} (the files); (b) the council's compiled appraised
 * totals of 48 units ({@link CouncilAgenda#results}: 34 provinces and 14 ministries). Each against the raw JDBC
 * queries reading the same rows in the same run. Median of 30 after 10 warm-ups.
 */
@BenchmarkTest
@TestPropertySource(properties = "thuocdo.test.context=bench-appraisal")
class AppraisalBenchmark {

    static final int WARM_UPS = 10;
    static final int RUNS = 30;
    static final String MINISTRY = "BO-BTP";
    static final Actor APPRAISER = new Actor("thamdinh.bench", "Đỗ Minh Tuấn", "BO-BNV", Set.of(Role.APPRAISER));

    @Autowired Rounds rounds;
    @Autowired SelfAssessments assessments;
    @Autowired Appraisals appraisals;
    @Autowired EvidenceFiles evidence;
    @Autowired CouncilAgenda agenda;
    @Autowired JdbcTemplate jdbc;

    @Test
    void openingAnAppraisalAndCompilingFortyEightUnitsAgainstTheirRawQueries() {
        List<String> units = jdbc.queryForList("""
                select id from unit where par_evaluated and valid_to is null and kind in ('PROVINCE', 'MINISTRY')
                order by kind desc, id""", String.class);
        List<String> participants = new ArrayList<>(units.subList(0, Math.min(48, units.size())));
        if (!participants.contains(MINISTRY)) {
            participants.set(participants.size() - 1, MINISTRY);
        }
        String round = rounds.prepare(new NewRound(2097, "Đợt đo thẩm định", RoundLevel.NATIONAL, participants,
                "sampling-request@1", LocalDate.now().plusDays(20)), TestActors.COORDINATOR).id();
        for (String unit : participants) {
            assessments.ensure(round, unit);
        }
        // Every sub-criterion scored, a third appraised lower; the ministry submitted, in appraisal.
        jdbc.update("update self_assessment_value set answer = 'points:0.5', points = 0.5 where round_id = ?", round);
        jdbc.update("""
                update self_assessment_value set appraised_answer = 'points:0', appraised_points = 0,
                       appraised_reason = 'Thiếu tài liệu' where round_id = ? and right(code, 1) in ('1', '4', '7')""", round);
        jdbc.update("update self_assessment set state = 'IN_APPRAISAL' where round_id = ?", round);
        List<String> codes = jdbc.queryForList("select code from self_assessment_value where round_id = ? and unit_id = ?"
                + " order by code", String.class, round, MINISTRY);
        List<Object[]> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            files.add(new Object[] {java.util.UUID.randomUUID().toString(), round, MINISTRY, codes.get(i % codes.size()),
                    "tai-lieu-" + i + ".pdf", "PDF", 100_000L + i, "%064x".formatted(i), "bo.btp", "Cán bộ Bộ Tư pháp",
                    Timestamp.from(Instant.now()), "NOT_SCANNED", "bench:" + i});
        }
        jdbc.batchUpdate("""
                insert into evidence_file (id, round_id, unit_id, criterion, file_name, content_type, size_bytes, sha256,
                       uploaded_by, uploaded_by_name, uploaded_at, scan, storage_ref)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", files);
        appraisals.assign(TestActors.COORDINATOR, round, MINISTRY, APPRAISER);
        jdbc.execute("vacuum analyze");

        SelfAssessment opened = appraisals.open(APPRAISER, round, MINISTRY);
        int subCriteria = opened.scorecard().subCriteria().size();
        int criteria = opened.scorecard().criteria().size();
        int listed = evidence.list(APPRAISER, round, MINISTRY).size();

        BenchReport.Stats open = BenchReport.Stats.of(WARM_UPS, RUNS, () -> {
            SelfAssessment a = appraisals.open(APPRAISER, round, MINISTRY);
            return evidence.list(APPRAISER, round, MINISTRY).size() + a.values().size();
        });
        BenchReport.Stats openRaw = BenchReport.Stats.of(WARM_UPS, RUNS, () -> rawOpen(round));
        BenchReport.Stats compile = BenchReport.Stats.of(WARM_UPS, RUNS, () -> agenda.results(round).size());
        BenchReport.Stats compileRaw = BenchReport.Stats.of(WARM_UPS, RUNS, () -> jdbc.queryForList("""
                select a.unit_id, sum(coalesce(v.final_points, v.appraised_points, v.points))
                from self_assessment a
                left join self_assessment_value v on v.round_id = a.round_id and v.unit_id = a.unit_id
                where a.round_id = ? group by a.unit_id order by a.unit_id""", round).size());
        int compiled = agenda.results(round).size();

        String data = "Data: one round of " + participants.size() + " units (34 provinces and 14 ministries), each "
                + "opened against its scorecard, every sub-criterion scored by SQL, a third appraised lower; "
                + "`VACUUM ANALYZE`.";
        BenchReport view = new BenchReport("appraisal-view", "20. Appraisal view: " + subCriteria
                + " sub-criteria and " + listed + " evidence files");
        view.row("`Appraisals.open` + `EvidenceFiles.list`: " + subCriteria + " sub-criteria (" + criteria
                + " criteria), " + listed + " evidence files", open, BenchReport.ratio(open, openRaw.median(), "JDBC"),
                1000.0);
        view.row("baseline: the same rows by raw JDBC (round, assignment, header, values, counts, files)", openRaw,
                "", null);
        view.note(data + " " + MINISTRY + " has " + listed + " evidence file rows (metadata only: opening the view "
                + "reads no content) and an assigned appraiser.");
        view.note("What the appraisers' screen calls: the access checks (round, assignment), the header, the pinned "
                + "scorecard, the values, the evidence counts per sub-criterion and the file list.");
        view.write();

        BenchReport totals = new BenchReport("appraised-totals", "21. Appraised totals of " + compiled + " units");
        totals.row("`CouncilAgenda.results` (AppraisedResults): " + compiled + " units", compile,
                BenchReport.ratio(compile, compileRaw.median(), "SQL GROUP BY"), 1000.0);
        totals.row("baseline: one SQL `GROUP BY` sum of the same values", compileRaw, "", null);
        totals.note(data);
        totals.note("The council's agenda: per unit the final, else appraised, else own points out of the scorecard's "
                + "self-scored maximum, with the unit's name; one query joined with the units, the scorecards read once.");
        totals.write();
    }

    /** The queries the service makes, run alone: what the database costs without the service around it. */
    private int rawOpen(String round) {
        int rows = 0;
        rows += jdbc.queryForList("select id, round_year, organiser_unit_id from evaluation_round where id = ?", round).size();
        rows += jdbc.queryForObject("select count(*) from appraisal_assignment where round_id = ? and unit_id = ? and appraiser = ?",
                Integer.class, round, MINISTRY, APPRAISER.username());
        rows += jdbc.queryForList("select * from self_assessment where round_id = ? and unit_id = ?", round, MINISTRY).size();
        rows += jdbc.queryForList("select * from self_assessment_value where round_id = ? and unit_id = ?", round, MINISTRY).size();
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select criterion, count(*) from evidence_file where round_id = ? and unit_id = ? and withdrawn_at is null"
                + " group by criterion", rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        }, round, MINISTRY);
        rows += jdbc.queryForList("select * from evidence_file where round_id = ? and unit_id = ? order by criterion, uploaded_at, id",
                round, MINISTRY).size();
        return rows + counts.size();
    }
}
