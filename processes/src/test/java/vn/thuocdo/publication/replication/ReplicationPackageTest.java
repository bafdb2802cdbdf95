package vn.thuocdo.publication.replication;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.compilation.CompilationInputs;
import vn.thuocdo.compilation.Compilations;
import vn.thuocdo.compilation.IndexResult;
import vn.thuocdo.compilation.ParIndexGroups;
import vn.thuocdo.forms.replication.GroupTable;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.replication.ReplicateCommand;
import vn.thuocdo.forms.replication.ReplicationPackage;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.publication.FileKind;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublicationFile;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.SurveyScene;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * The replication package of a compiled, approved result version rebuilds every stored number from its files alone
 * (the command run in-process on the unzipped folder, nothing else), identical at the stored precision; it carries no
 * respondent's row; a changed file is refused.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class ReplicationPackageTest {

    static final AtomicInteger YEARS = new AtomicInteger(2151);
    static final String HAI_PHONG = "T34-31";
    static final String HA_NOI = "T34-01";
    static final String THIRD = "T34-79";
    static final String FEW = "T34-04";
    static final Actor HAI_PHONG_OFFICER = new Actor("haiphong", "Nguyễn Thị Lan", HAI_PHONG,
            Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor HA_NOI_OFFICER = new Actor("hanoi", "Trần Văn Minh", HA_NOI, Set.of(Role.PROVINCIAL_OFFICER));

    @Autowired ReplicationFiles replication;
    @Autowired SameNumbers sameNumbers;
    @Autowired CompilationInputs inputs;
    @Autowired ParIndexGroups engineGroups;
    @Autowired Compilations compilations;
    @Autowired SelfAssessments assessments;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient db;

    final IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
    final IndexDefinition officials = IndexCatalogue.load().get("officials@1");
    final List<String> responseIds = new ArrayList<>();
    String round;
    String version;

    /**
     * Four provinces: three with 4 to 7 communes of 6 to 14 households, each commune its own weight, answers drawn
     * (seeded) from every key including "don't know" and none, so every estimate, SE and rank interval is a
     * non-trivial number; the fourth with too few answers ("không đủ dữ liệu"). Hải Phòng's appraisal is final with
     * some points appraised and finalised differently from its own; Hà Nội's is still its own; the third has none.
     * The officials of Hải Phòng and Hà Nội answer the officials' survey (45 and 60, seeded answers of every key),
     * the third's too few (12). Compiled by CompilationProcess, then approved.
     */
    @BeforeEach
    void aCompiledApprovedVersionOfVariedData() {
        // Written directly: this test's years (2151-2159, kept apart from every other test's rounds) lie beyond the
        // 2020-2100 that preparing a round accepts.
        round = SurveyScene.round(db, YEARS.getAndIncrement(), "Đợt thử gói tái lập", LocalDate.now().plusDays(10),
                List.of(HAI_PHONG, HA_NOI, THIRD, FEW));
        SurveyScene scene = new SurveyScene(db, round).approvedSample("sipas-households@1");
        SplittableRandom random = new SplittableRandom(20260414);
        List<String> keys = List.of("1", "2", "3", "4", "5", "4", "5", "9", "");
        for (String unit : List.of(HAI_PHONG, HA_NOI, THIRD)) {
            int communes = 4 + random.nextInt(4);
            for (int c = 1; c <= communes; c++) {
                double weight = 50 + random.nextInt(400) + random.nextInt(100) / 7.0;
                int households = 6 + random.nextInt(9);
                for (int h = 0; h < households; h++) {
                    Map<String, String> answers = new LinkedHashMap<>();
                    for (String item : sipas.items()) {
                        answers.put(item, keys.get(random.nextInt(keys.size())));
                    }
                    responseIds.add(scene.respond(unit, unit + "-x" + c, weight, answers));
                }
            }
        }
        for (int h = 0; h < 3; h++) {
            responseIds.add(scene.respond(FEW, FEW + "-x1", 20.0, Map.of(sipas.items().get(0), "5")));
        }
        List<String> agreement = List.of("1", "2", "3", "4", "5", "4", "5", "4", "dk", "na");
        for (String unit : List.of(HAI_PHONG, HA_NOI, THIRD)) {
            int respondents = unit.equals(HAI_PHONG) ? 45 : unit.equals(HA_NOI) ? 60 : 12;
            for (int i = 0; i < respondents; i++) {
                Map<String, String> answers = new LinkedHashMap<>();
                answers.put("role", "civilServant");
                for (String item : officials.items()) {
                    answers.put(item, agreement.get(random.nextInt(agreement.size())));
                }
                responseIds.add(scene.official(unit, answers));
            }
        }
        selfAssess(HAI_PHONG_OFFICER, HAI_PHONG, random);
        selfAssess(HA_NOI_OFFICER, HA_NOI, random);
        assertThat(db.sql("update self_assessment_value set appraised_points = points * 0.5,"
                + " final_points = points * 0.75 where round_id = ? and unit_id = ? and points > 0 and code like '%1'")
                .params(round, HAI_PHONG).update()).as("points appraised and finalised").isPositive();
        db.sql("update self_assessment set state = 'FINAL' where round_id = ? and unit_id = ?")
                .params(round, HAI_PHONG).update();

        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", COORDINATOR.unitId())
                .setVariable("compilationDue", null).execute();
        version = compilations.versions(round, COORDINATOR).get(0).id();
        db.sql("update index_result_version set state = 'APPROVED' where id = ?").param(version).update();
    }

    private void selfAssess(Actor officer, String unit, SplittableRandom random) {
        SelfAssessment opened = assessments.open(officer, round, unit);
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.rule() instanceof ScoringRule.YesNo) {
                assessments.score(officer, round, unit, sub.code(), new SelfScore.Done(random.nextInt(4) > 0),
                        null, 0);
            }
        }
    }

    private PublicationDraft draft() {
        return new PublicationDraft(UUID.randomUUID().toString(), "CB-TEST-" + round.substring(0, 8), round,
                "Đợt thử gói tái lập", 2151, "Công bố thử", version, Instant.now(), "Điều Phối Viên", null, null);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Path unzipTo(byte[] zip, Path into) throws IOException {
        for (Map.Entry<String, byte[]> file : unzip(zip).entrySet()) {
            Path path = into.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        return into.resolve("tai-lap");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run command(Path directory) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReplicateCommand.run(new String[]{"--replicate", directory.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandOnThePackageAloneRecomputesEveryStoredNumberIdentically(@TempDir Path temp) throws IOException {
        List<PublicationFile> files = replication.files(draft());
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("tai-lap.zip");
            assertThat(f.kind()).isEqualTo(FileKind.REPLICATION);
        });
        Run run = command(unzipTo(files.get(0).content(), temp));
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();

        // Every stored number of the version, read back as the database holds it, against the command's line.
        List<IndexResult> stored = inputs.numbers(version);
        Map<String, String[]> printed = new HashMap<>();
        run.out().lines().skip(1).forEach(line -> {
            String[] f = fields(line);
            printed.put(f[0] + " " + f[3], f);
        });
        assertThat(printed).hasSameSizeAs(stored);
        int ranked = 0;
        for (IndexResult r : stored) {
            String[] f = printed.get(r.unitId() + " " + r.measure());
            assertThat(f).as(r.unitId() + " " + r.measure()).isNotNull();
            assertThat(f[2]).isEqualTo(r.unitKind());
            assertThat(real(f[4])).as("estimate of %s %s", r.unitId(), r.measure()).isEqualTo(r.estimate());
            assertThat(real(f[5])).as("se").isEqualTo(r.se());
            assertThat(real(f[6])).as("ci_low").isEqualTo(r.ciLow());
            assertThat(real(f[7])).as("ci_high").isEqualTo(r.ciHigh());
            assertThat(f[8].isEmpty() ? null : Long.valueOf(f[8])).as("n").isEqualTo(r.n());
            assertThat(decimal(f[9])).as("points").isEqualTo(r.points());
            assertThat(decimal(f[10])).as("max_points").isEqualTo(r.maxPoints());
            assertThat(whole(f[11])).as("rank").isEqualTo(r.rank());
            assertThat(whole(f[12])).as("rank_low").isEqualTo(r.rankLow());
            assertThat(whole(f[13])).as("rank_high").isEqualTo(r.rankHigh());
            assertThat(f[14].isEmpty() ? List.of() : List.of(f[14].split(","))).as("not_different")
                    .isEqualTo(r.notDifferent());
            assertThat(f[15].isEmpty() ? null : f[15]).as("group").isEqualTo(r.group());
            assertThat(f[16].isEmpty() ? null : f[16]).as("note").isEqualTo(r.note());
            ranked += r.rankLow() == null ? 0 : 1;
        }
        // The scene is not trivial: SEs and rank intervals exist, a province lacks data, notes differ.
        assertThat(ranked).isGreaterThanOrEqualTo(6);
        assertThat(stored).anySatisfy(r -> assertThat(r.se()).isNotNull().isPositive());
        assertThat(stored).anySatisfy(r -> assertThat(r.note()).isEqualTo(IndexResult.INSUFFICIENT));
        assertThat(stored).anySatisfy(r -> assertThat(r.note()).isEqualTo(IndexResult.NOT_FINAL));
        assertThat(stored).anySatisfy(r -> assertThat(r.note()).isEqualTo(IndexResult.NO_ASSESSMENT));
        // The officials' index too: estimates of a census (no SE), a unit with too few answers.
        assertThat(stored).anySatisfy(r -> {
            assertThat(r.measure()).isEqualTo("officials:overall");
            assertThat(r.estimate()).isNotNull();
            assertThat(r.note()).isEqualTo(IndexResult.CENSUS);
        });
        assertThat(stored).anySatisfy(r -> {
            assertThat(r.unitId()).isEqualTo(THIRD);
            assertThat(r.measure()).isEqualTo("officials:overall");
            assertThat(r.note()).isEqualTo(IndexResult.INSUFFICIENT);
        });
        // The not-significantly-different lists too, and the whole file, line for line (names aside).
        assertThat(SameNumbers.withoutNames(run.out())).isEqualTo(sameNumbers.stored(version));
        // And what the package says it publishes is what the command prints.
        assertThat(run.out()).isEqualTo(Files.readString(temp.resolve("tai-lap/ket-qua.csv")));
    }

    /** A CSV line's fields (quoted ones with their commas, as the not-different lists are). */
    private static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out.toArray(String[]::new);
    }

    private static Double real(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    private static BigDecimal decimal(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    private static Integer whole(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    @Test
    void thePackageHoldsTheMethodologyAndAggregatesButNoRespondentsRow() throws IOException {
        Map<String, byte[]> files = unzip(replication.files(draft()).get(0).content());
        assertThat(files.keySet()).containsExactly(
                "tai-lap/README.md", "tai-lap/tai-lap.json", "tai-lap/phuong-phap/chi-so.json",
                "tai-lap/phuong-phap/chi-so-can-bo.json",
                "tai-lap/phuong-phap/bang-hoi/sipas-citizen@1.json",
                "tai-lap/phuong-phap/bang-hoi/par-officials@1.json",
                "tai-lap/phuong-phap/thiet-ke-mau/sipas-households@1.json",
                "tai-lap/phuong-phap/bo-tieu-chi/par-province-2022-v1.json",
                "tai-lap/phuong-phap/ParIndexGroup.dmn", "tai-lap/du-lieu/khao-sat-theo-cum.csv",
                "tai-lap/du-lieu/khao-sat-can-bo.csv", "tai-lap/du-lieu/don-vi.csv", "tai-lap/du-lieu/diem-tieu-chi.csv",
                "tai-lap/ket-qua.csv", "tai-lap/SHA256SUMS");
        String readme = new String(files.get("tai-lap/README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("## Tiếng Việt", "## English", "--replicate tai-lap/", "sha256sum -c SHA256SUMS");

        // The survey only as one line per (province, commune): far fewer lines than answers, and no answer's id.
        String aggregates = new String(files.get("tai-lap/du-lieu/khao-sat-theo-cum.csv"), StandardCharsets.UTF_8);
        long clusters = db.sql("select count(distinct commune_code) from survey_response where round_id = ?"
                        + " and questionnaire = 'sipas-citizen@1'")
                .param(round).query(Long.class).single();
        assertThat(aggregates.lines().count() - 1).isEqualTo(clusters).isLessThan(responseIds.size() / 5);
        assertThat(aggregates.lines().findFirst().orElseThrow())
                .startsWith("stratum,cluster,domain,respondents,item:")
                .doesNotContain("answer", "invitation", "code", "channel", "received");
        // The officials' survey as one line per unit that has answers: no official's row.
        String officialsLines = new String(files.get("tai-lap/du-lieu/khao-sat-can-bo.csv"), StandardCharsets.UTF_8);
        assertThat(officialsLines.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
                .containsExactlyInAnyOrder(HAI_PHONG, HA_NOI, THIRD);
        List<String> codes = db.sql("select code_hash from survey_invitation where round_id = ?").param(round)
                .query(String.class).list();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String id : responseIds) {
                assertThat(text).as(file.getKey()).doesNotContain(id);
            }
            for (String code : codes) {
                assertThat(text).as(file.getKey()).doesNotContain(code);
            }
            // No person: no e-mail address, no officer's or coordinator's name or login.
            assertThat(text).as(file.getKey()).doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z][A-Za-z0-9-]*\\.[A-Za-z]{2,}")
                    .doesNotContain("Nguyễn Thị Lan", "Trần Văn Minh", "haiphong,", "dieuphoi");
        }
    }

    @Test
    void aChangedFileIsRefusedAndNothingIsPrinted(@TempDir Path temp) throws IOException {
        Path directory = unzipTo(replication.files(draft()).get(0).content(), temp);
        Path points = directory.resolve(ReplicationPackage.POINTS);
        Files.writeString(points, Files.readString(points).replaceFirst(",1\\.00,", ",2.00,"));
        Run run = command(directory);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("không khớp mã SHA-256", "does not match its SHA-256");
    }

    @Test
    void thePackageIsTheSameBytesEachTimeItIsBuilt() {
        PublicationDraft draft = draft();
        assertThat(replication.files(draft).get(0).content()).isEqualTo(replication.files(draft).get(0).content());
    }

    @Test
    void theCommandGroupsAsTheEngineDoesAtEveryBoundary() {
        GroupTable table = GroupTable.read("ParIndexGroup.dmn", engineGroups.decisionTable());
        for (String percent : List.of("0.00", "69.99", "70.00", "70.01", "79.99", "80.00", "89.99", "90.00",
                "99.99", "100.00")) {
            BigDecimal p = new BigDecimal(percent);
            assertThat(table.group(p)).as(percent).isEqualTo(engineGroups.group(p));
        }
    }
}
