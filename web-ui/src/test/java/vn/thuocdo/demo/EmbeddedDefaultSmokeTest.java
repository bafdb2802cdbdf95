package vn.thuocdo.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.DailyProgress;
import vn.thuocdo.fieldwork.FieldworkProgress;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Partner;
import vn.thuocdo.fieldwork.Progress;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundState;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's mode: H2 in a data folder, built-in accounts and a demo round, with nothing else installed. The
 * only test that runs on H2; everything else runs on PostgreSQL.
 */
@SpringBootTest(classes = ThuocDoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:file:./target/smoke-data/thuocdo-${random.uuid}",
                "camunda.bpm.job-execution.enabled=false",
                "thuocdo.demo.enabled=true",
                "spring.main.banner-mode=off"})
class EmbeddedDefaultSmokeTest {

    @LocalServerPort int port;
    @Autowired JdbcClient db;
    @Autowired Rounds rounds;
    @Autowired Tasks tasks;
    @Autowired vn.thuocdo.sampling.SamplingRequests sampling;
    @Autowired vn.thuocdo.sampling.SamplingFrames frames;
    @Autowired DemoSurveyRound demoSurveyRound;
    @Autowired DemoFieldwork demoFieldwork;
    @Autowired FieldworkProgress fieldwork;
    @Autowired Assignments assignments;
    @Autowired Reviews reviews;
    @Autowired DemoAssessment demoAssessment;
    @Autowired vn.thuocdo.assessment.Appraisals appraisals;
    @Autowired vn.thuocdo.assessment.SelfAssessments selfAssessments;
    @Autowired vn.thuocdo.evidence.EvidenceFiles evidence;

    @Test
    void theDemoRoundGivesTheBuiltInAppraiserASubmittedAndASignedOffProvinceAndIsSeededOnce() {
        Round demo = rounds.visibleTo(TestActors.COORDINATOR).stream()
                .filter(r -> r.year() == java.time.LocalDate.now().getYear()).findFirst().orElseThrow();
        Actor appraiser = new Actor("thamdinh", "Đỗ Minh Tuấn", "BO-BNV", Set.of(Role.APPRAISER));
        for (String unit : List.of("T34-31", "T34-01", "T34-22")) {
            assertThat(appraisals.appraisers(demo.id(), unit)).containsExactly("thamdinh");
        }
        var haiPhong = appraisals.open(appraiser, demo.id(), "T34-31");
        assertThat(haiPhong.state()).isEqualTo(vn.thuocdo.assessment.AssessmentState.SUBMITTED);
        assertThat(haiPhong.problems()).isEmpty();
        assertThat(haiPhong.value("1.1.1").note()).contains("dữ liệu minh hoạ");
        assertThat(evidence.list(appraiser, demo.id(), "T34-31")).singleElement()
                .satisfies(file -> assertThat(file.fileName()).endsWith(".pdf"));
        assertThat(appraisals.open(appraiser, demo.id(), "T34-01").state())
                .isEqualTo(vn.thuocdo.assessment.AssessmentState.SIGNED_OFF);

        long history = db.sql("select count(*) from self_assessment_history where round_id = ?").param(demo.id())
                .query(Long.class).single();
        demoAssessment.run(null);
        assertThat(db.sql("select count(*) from self_assessment_history where round_id = ?").param(demo.id())
                .query(Long.class).single()).isEqualTo(history);
        assertThat(db.sql("select count(*) from appraisal_assignment where round_id = ?").param(demo.id())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void startsOnH2WithTheUnitRegisterAndADraftRoundForTheCurrentYearThatCanBeLaunched() throws Exception {
        assertThat(db.sql("select count(*) from unit where kind = 'PROVINCE' and id like 'T34-%'").query(Long.class).single()).isEqualTo(34);
        assertThat(db.sql("select count(*) from unit where id like 'T63-%'").query(Long.class).single()).isEqualTo(63);
        assertThat(db.sql("select count(*) from unit_succession where successor_id = 'T34-31'").query(Long.class)
                .single()).isEqualTo(2);

        // This year's draft (the compiled demo round of the year after next is prepared too, never launched).
        Round demo = rounds.visibleTo(TestActors.COORDINATOR).stream().filter(r -> r.state() == RoundState.DRAFT
                        && r.year() == java.time.LocalDate.now().getYear()).findFirst().orElseThrow();
        assertThat(demo.year()).isEqualTo(java.time.LocalDate.now().getYear());
        assertThat(demo.participants()).hasSize(34).contains("T34-31");

        rounds.launch(demo.id(), TestActors.COORDINATOR);
        assertThat(tasks.countInbox(TestActors.HAI_PHONG, new InboxFilter(demo.id(), null))).isEqualTo(1);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.body()).startsWith("{\"status\":\"UP\"");
    }

    @Test
    void theDemoSurveyRoundOfLastYearHasEveryProvinceApprovedWithItsFrameAndTheSurveyWaitingForTheCoordinator() {
        int lastYear = java.time.LocalDate.now().getYear() - 1;
        Round demo = rounds.visibleTo(TestActors.COORDINATOR).stream().filter(r -> r.year() == lastYear)
                .findFirst().orElseThrow();
        assertThat(demo.name()).endsWith(" (minh hoạ khảo sát)");
        assertThat(demo.state()).isEqualTo(RoundState.LAUNCHED);
        assertThat(demo.participants()).hasSize(34);

        var requests = sampling.forRound(demo.id());
        assertThat(requests).hasSize(34).allSatisfy(r ->
                assertThat(r.state()).isEqualTo(vn.thuocdo.sampling.SamplingState.APPROVED));
        long communes = 0;
        long villages = 0;
        for (var request : requests) {
            var frame = frames.frameSummary(request.id()).orElseThrow();
            assertThat(request.answers().whole("households")).contains(frame.households());
            assertThat(frame.villages()).isBetween(frame.communes() * 5, frame.communes() * 15);
            communes += frame.communes();
            villages += frame.villages();
        }
        // Every commune of the register on the year's last day, as the 34 provinces stood then.
        assertThat(communes).isEqualTo(db.sql("""
                        select count(*) from commune where valid_from <= ? and (valid_to is null or valid_to >= ?)""")
                .params(java.sql.Date.valueOf(lastYear + "-12-31"), java.sql.Date.valueOf(lastYear + "-12-31"))
                .query(Long.class).single());
        assertThat(villages).isGreaterThan(communes * 5);

        assertThat(rounds.schedule(demo.id(), TestActors.COORDINATOR)).first().satisfies(stage -> {
            assertThat(stage.stage().key()).isEqualTo("survey");
            assertThat(stage.phase()).isEqualTo(vn.thuocdo.round.StagePhase.CURRENT);
        });
        assertThat(tasks.inbox(TestActors.COORDINATOR, new InboxFilter(demo.id(), null), 0, 10)).singleElement()
                .satisfies(task -> assertThat(task.due()).isEqualTo(java.time.LocalDate.now().plusDays(60)));

        // Seeded once: a second start finds the round and adds nothing.
        demoSurveyRound.run(null);
        assertThat(rounds.visibleTo(TestActors.COORDINATOR).stream().filter(r -> r.year() == lastYear)).hasSize(1);
    }

    @Test
    void theFieldworkDemoRoundHasHaiPhongsPostBranchWithInterviewsInEveryStateAndIsSeededOnce() {
        int nextYear = java.time.LocalDate.now().getYear() + 1;
        Round demo = rounds.visibleTo(TestActors.COORDINATOR).stream().filter(r -> r.year() == nextYear)
                .findFirst().orElseThrow();
        assertThat(demo.name()).endsWith(" (minh hoạ điều tra thực địa)");
        assertThat(demo.participants()).containsExactlyInAnyOrder("T34-31", "T34-01");

        Progress haiPhong = fieldwork.byProvince(TestActors.COORDINATOR, demo.id()).stream()
                .filter(p -> p.unitId().equals("T34-31")).findFirst().orElseThrow();
        assertThat(haiPhong.byState()).containsKeys(InterviewState.DRAFT, InterviewState.COMPLETED,
                InterviewState.APPROVED, InterviewState.ACCEPTED, InterviewState.REJECTED);
        assertThat(haiPhong.byOutcome()).containsEntry(Outcome.INTERVIEWED, 9L).containsEntry(Outcome.REFUSED, 1L)
                .containsEntry(Outcome.ABSENT, 1L).containsEntry(Outcome.REPLACED, 1L);
        assertThat(fieldwork.byBranch(TestActors.COORDINATOR, demo.id())).extracting(Progress::partner)
                .containsExactly(Partner.MTTQ, Partner.VNPOST);
        // The days of the chart, grouped in Vietnam's time zone by H2 as by PostgreSQL.
        List<DailyProgress> days = fieldwork.daily(TestActors.COORDINATOR, demo.id(), null);
        assertThat(days).hasSizeBetween(5, 8);
        assertThat(days.get(days.size() - 1).cumulative()).isEqualTo(9);

        Actor enumerator = new Actor("dieutravien", "Nguyễn Văn Điều Tra", "T34-31", Set.of(Role.ENUMERATOR));
        assertThat(assignments.forEnumerator(enumerator, demo.id())).hasSize(2);
        String rejected = db.sql("select id from fieldwork_interview where round_id = ? and state = 'REJECTED'")
                .param(demo.id()).query(String.class).single();
        assertThat(reviews.comments(enumerator, rejected)).extracting(ReviewComment::questionId)
                .containsExactly("ageBand", null);
        Actor supervisor = new Actor("giamsat", "Trần Thị Giám Sát", "T34-31", Set.of(Role.FIELDWORK_SUPERVISOR));
        // Waiting for the supervisor: three interviews, the refusal, the absence, the replaced household and the
        // replacement's interview.
        assertThat(reviews.queue(supervisor, demo.id(), 0, 50)).hasSize(7);

        // Seeded once: a second start finds the round's fieldwork and adds nothing.
        long visits = db.sql("select count(*) from fieldwork_interview").query(Long.class).single();
        demoFieldwork.run(null);
        assertThat(db.sql("select count(*) from fieldwork_interview").query(Long.class).single()).isEqualTo(visits);
        assertThat(db.sql("select count(*) from fieldwork_branch").query(Long.class).single()).isEqualTo(2);
    }

    @Autowired vn.thuocdo.compilation.Compilations compilations;
    @Autowired vn.thuocdo.compilation.CompilationInputs compilationInputs;
    @Autowired List<vn.thuocdo.publication.PublicationFileSource> fileSources;

    @Autowired vn.thuocdo.council.Councils councils;
    @Autowired DemoCompilation demoCompilation;

    private Round compiledRound() {
        return rounds.visibleTo(TestActors.COORDINATOR).stream()
                .filter(r -> r.name().endsWith(DemoCompilation.SUFFIX)).findFirst().orElseThrow();
    }

    private static vn.thuocdo.compilation.IndexResult row(List<vn.thuocdo.compilation.IndexResult> rows, String unit,
                                                          String measure) {
        return rows.stream().filter(r -> r.unitId().equals(unit) && r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " " + measure));
    }

    /**
     * #13's "done when": the demo round's indices computed in the default mode from its seeded survey, officials'
     * and appraisal data: SIPAS with SEs and intervals per province, the officials' index, the PAR INDEX with ranks,
     * rank intervals and groups; the version is the council's, and hoidong (its chair) sees it with the intervals.
     */
    @Test
    void theCompiledDemoRoundHasComputedIndicesWithIntervalsAndIsTheCouncilsAgendaOnce() {
        Round round = compiledRound();
        assertThat(round.year()).isEqualTo(java.time.LocalDate.now().getYear() + 2);
        assertThat(round.participants()).hasSize(7).contains("T34-31", "T34-01", "BO-BTP", "BO-BTC");
        var versions = compilations.versions(round.id(), TestActors.COORDINATOR);
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.state()).isEqualTo(vn.thuocdo.compilation.VersionState.READY);
            assertThat(v.reason()).contains("minh hoạ");
            assertThat(v.unweighted()).isZero();
            assertThat(v.responses()).isGreaterThanOrEqualTo(5 * DemoResponses.COMMUNES * DemoResponses.HOUSEHOLDS);
        });
        String version = versions.get(0).id();
        assertThat(compilationInputs.computedHere(version)).isTrue();

        var sipas = compilations.results(round.id(), version, vn.thuocdo.compilation.IndexResult.SIPAS_OVERALL,
                TestActors.COORDINATOR);
        for (String province : DemoCompilation.PROVINCES.keySet()) {
            var overall = row(sipas, province, vn.thuocdo.compilation.IndexResult.SIPAS_OVERALL);
            assertThat(overall.estimate()).isBetween(0.3, 0.95);
            assertThat(overall.se()).isPositive();
            assertThat(overall.ciLow()).isLessThan(overall.estimate());
            assertThat(overall.ciHigh()).isGreaterThan(overall.estimate());
            assertThat(overall.rank()).isNotNull();
            assertThat(overall.rankLow()).isLessThanOrEqualTo(overall.rank());
            assertThat(overall.rankHigh()).isGreaterThanOrEqualTo(overall.rank());
            assertThat(overall.note()).isNotEqualTo(vn.thuocdo.compilation.IndexResult.INSUFFICIENT);
        }
        assertThat(sipas.stream().map(vn.thuocdo.compilation.IndexResult::estimate).distinct()).hasSize(6);
        assertThat(sipas).anyMatch(r -> r.rankHigh() != null && r.rankHigh() > r.rankLow());
        var officials = compilations.results(round.id(), version, "officials:overall", TestActors.COORDINATOR);
        assertThat(officials).hasSize(7).allSatisfy(r -> assertThat(r.estimate()).isBetween(0.3, 0.95));

        var totals = compilations.results(round.id(), version, vn.thuocdo.compilation.IndexResult.PAR_TOTAL,
                TestActors.COORDINATOR);
        assertThat(totals).hasSize(7).allSatisfy(t -> {
            assertThat(t.points()).isPositive();
            assertThat(t.rank()).isNotNull();
            assertThat(t.rankLow()).isNotNull();
            assertThat(t.rankHigh()).isNotNull();
            assertThat(t.group()).isNotBlank();
            assertThat(t.note()).isNotIn(vn.thuocdo.compilation.IndexResult.NOT_FINAL,
                    vn.thuocdo.compilation.IndexResult.NO_ASSESSMENT, vn.thuocdo.compilation.IndexResult.SURVEY_MISSING);
        });
        assertThat(totals.stream().filter(t -> t.unitKind().equals("PROVINCE")).map(t -> t.rank()).distinct())
                .hasSizeGreaterThan(1);
        // Hà Nội and Quảng Ninh score alike: only their survey points part them, so their intervals overlap.
        assertThat(totals).anyMatch(t -> t.rankHigh() > t.rankLow());
        assertThat(db.sql("select count(*) from self_assessment where round_id = ? and state = 'FINAL'")
                .param(round.id()).query(Long.class).single()).isEqualTo(7);
        assertThat(db.sql("select count(*) from self_assessment_value where round_id = ? and appraised_points is not null")
                .param(round.id()).query(Long.class).single()).isEqualTo(14);

        Actor chair = new Actor("hoidong", "Vũ Thị Lan", "BO-BNV", Set.of(Role.COUNCIL_MEMBER));
        assertThat(councils.rounds(chair)).first().extracting(Round::id).isEqualTo(round.id());
        var agenda = councils.board(round.id(), chair).results();
        assertThat(agenda).hasSize(7).allSatisfy(r -> {
            assertThat(r.rank()).isNotNull();
            assertThat(r.rankLow()).isNotNull();
            assertThat(r.group()).isNotBlank();
        });
        assertThat(compilations.versions(round.id(), chair)).hasSize(1);

        // Once: a second start finds the year's round and computes nothing.
        demoCompilation.computeOnce();
        assertThat(compilations.versions(round.id(), TestActors.COORDINATOR)).hasSize(1);
        assertThat(rounds.visibleTo(TestActors.COORDINATOR).stream().filter(r -> r.name().endsWith(DemoCompilation.SUFFIX)))
                .hasSize(1);
    }

    /**
     * The demo's compiled version, packaged on H2 as a publication would carry it (tai-lap.zip), recomputed by the
     * replication command from the unzipped files alone: the same numbers as stored (docs/replication.md).
     */
    @Test
    void theDemoVersionsReplicationPackageRecomputesItsNumbersFromItsFilesAlone(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        Round compiled = compiledRound();
        var version = compilations.versions(compiled.id(), TestActors.COORDINATOR).get(0);
        var replication = fileSources.stream()
                .filter(s -> s.getClass().getSimpleName().startsWith("ReplicationFiles")).findFirst().orElseThrow();
        var draft = new vn.thuocdo.publication.PublicationDraft("p-demo", "CB-DEMO", compiled.id(),
                compiled.name(), compiled.year(), "Minh hoạ", version.id(), java.time.Instant.now(),
                "Điều phối viên", null, null);
        byte[] zip = replication.files(draft).get(0).content();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                java.nio.file.Path file = temp.resolve(entry.getName());
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.write(file, in.readAllBytes());
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int status = vn.thuocdo.forms.replication.ReplicateCommand.run(
                new String[]{"--replicate", temp.resolve("tai-lap").toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        // The stored numbers in the same columns (names blank in both: names are not numbers).
        String stored = vn.thuocdo.forms.replication.ReplicationPackage.results(compilationInputs.numbers(version.id())
                .stream().map(r -> new vn.thuocdo.forms.replication.PublishedNumber(r.unitId(), "", r.unitKind(),
                        r.measure(), r.estimate(), r.se(), r.ciLow(), r.ciHigh(), r.n(), r.points(), r.maxPoints(),
                        r.rank(), r.rankLow(), r.rankHigh(), r.notDifferent(), r.group(), r.note())).toList());
        java.util.function.Function<String, List<String>> withoutNames = csv -> csv.lines()
                .map(l -> l.replaceFirst("^([^,]*),(\"[^\"]*\"|[^,]*),", "$1,,")).toList();
        assertThat(withoutNames.apply(printed)).isEqualTo(withoutNames.apply(stored)).hasSizeGreaterThan(10);
    }
}
