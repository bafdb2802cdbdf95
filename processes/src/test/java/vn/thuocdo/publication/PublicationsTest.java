package vn.thuocdo.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.SurveyScene;
import vn.thuocdo.testing.TestActors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * Publishing on PostgreSQL and the engine: a council-approved version (written as the compilation writes it) frozen
 * with its files, manifest, history and event; the refusals; a correction; a failing file source; a tampered file.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
@RecordApplicationEvents
class PublicationsTest {

    /** The years given to the publication's tests: one round per organiser and year. */
    static final AtomicInteger YEARS = new AtomicInteger(2101);
    static final String HAI_PHONG = "T34-31";
    static final String HA_NOI = "T34-01";

    @Autowired Publications publications;
    @Autowired PublishedFiles published;
    @Autowired PublicationIntegrity integrity;
    @Autowired PublicationSettings settings;
    @Autowired Rounds rounds;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient db;
    @Autowired ApplicationEvents events;

    /**
     * A draft round of one of the years given to these tests, written as RoundStore writes it: 2101-2109 are past
     * the years a coordinator may prepare, and no other test's round can take them.
     */
    static String round(JdbcClient db, String name, int year) {
        return SurveyScene.round(db, year, name + " " + year, LocalDate.now(), List.of(HAI_PHONG, HA_NOI));
    }

    private String round(String name) {
        return round(db, name, YEARS.getAndIncrement());
    }

    /** A version with a national row and both provinces' SIPAS and PAR totals, in the given state. */
    private String version(String round, int number, String state, double haiPhong) {
        String id = UUID.randomUUID().toString();
        db.sql("insert into index_result_version (id, round_id, version_no, computed_by, computed_by_name,"
                        + " computed_at, state, index_definition, scorecards, responses, unweighted, origin)"
                        + " values (?, ?, ?, 'system', 'Thước Đo', ?, ?, 'sipas@1', 'province@1', 80, 0, 'ENTERED')")
                .params(id, round, number, Timestamp.from(Instant.now()), state).update();
        row(id, HAI_PHONG, "sipas:overall", haiPhong, 1, null);
        row(id, HA_NOI, "sipas:overall", 0.8012, 2, null);
        row(id, "national", "sipas:overall", 0.8111, null, null);
        row(id, HAI_PHONG, "par:percent", 96.17, 1, "A");
        row(id, HA_NOI, "par:percent", 88.5, 2, "B");
        return id;
    }

    private void row(String version, String unit, String measure, double estimate, Integer rank, String group) {
        boolean sipas = measure.startsWith("sipas");
        db.sql("insert into index_result (version_id, unit_id, unit_kind, measure, estimate, se, ci_low, ci_high, n,"
                        + " unit_rank, result_group, rank_low, rank_high, not_different)"
                        + " values (?, ?, 'PROVINCE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(version, unit, measure, estimate, sipas ? 0.012 : null, sipas ? estimate - 0.02 : null,
                        sipas ? estimate + 0.02 : null, sipas ? 40L : null, rank, group, rank, rank == null ? null : 2,
                        rank == null ? null : "").update();
    }

    private int count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void publishingFreezesTheApprovedVersionWithItsFilesManifestHistoryNoticesAndEvent() throws Exception {
        String round = round("Đợt công bố");
        String version = version(round, 1, "APPROVED", 0.9234);
        Publication p = publications.publish(round, COORDINATOR);

        assertThat(p.code()).matches("CB-21\\d\\d-01");
        assertThat(p.state()).isEqualTo(PublicationState.CURRENT);
        assertThat(p.resultVersionId()).isEqualTo(version);
        assertThat(p.title()).startsWith("Đợt công bố");
        assertThat(p.publishedByName()).isEqualTo(COORDINATOR.displayName());
        // The numbers frozen with the unit's name as the register has it; the national row named too.
        assertThat(db.sql("select unit_name from publication_result where publication_id = ? and unit_id = ?"
                + " and measure = 'sipas:overall'").params(p.id(), HAI_PHONG).query(String.class).single())
                .contains("Hải Phòng");
        assertThat(count("select count(*) from publication_result where publication_id = ?", p.id())).isEqualTo(5);
        // Changing the version afterwards changes nothing published.
        db.sql("update index_result set estimate = 0.1 where version_id = ?").param(version).update();
        assertThat(published.files(p.id())).extracting(PublishedFile::path).containsExactlyInAnyOrder(
                "du-lieu/ket-qua.csv", "du-lieu/ket-qua.json", "du-lieu/tu-dien-du-lieu.csv",
                "du-lieu/tu-dien-du-lieu.json", "manifest.json", "tai-lap.zip");
        // This version's numbers were entered, not computed here: its replication package says so and holds them.
        PublishedFile replication = published.files(p.id()).stream().filter(f -> f.kind() == FileKind.REPLICATION)
                .findFirst().orElseThrow();
        String packaged = new String(published.content(replication), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(packaged).contains("tai-lap/README.md").contains("tai-lap/ket-qua.csv");

        // Every file's bytes hash to the recorded SHA-256; the manifest lists each with it and is itself vouched.
        JsonNode manifest = null;
        for (PublishedFile f : published.files(p.id())) {
            byte[] bytes = published.content(f);
            assertThat(PublicationStorage.sha256(bytes)).isEqualTo(f.sha256());
            assertThat(bytes.length).isEqualTo((int) f.sizeBytes());
            if (f.kind() == FileKind.MANIFEST) {
                assertThat(f.sha256()).isEqualTo(p.manifestSha256());
                manifest = new ObjectMapper().readTree(bytes);
            }
        }
        assertThat(manifest.path("publication").path("code").asText()).isEqualTo(p.code());
        assertThat(manifest.path("files")).hasSize(5);
        for (JsonNode listed : manifest.path("files")) {
            assertThat(published.file(p.code(), listed.path("path").asText()).orElseThrow().sha256())
                    .isEqualTo(listed.path("sha256").asText());
        }
        String csv = new String(published.content(published.file(p.code(), "du-lieu/ket-qua.csv").orElseThrow()),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFyear,unit_id,unit_name,unit_kind,measure,estimate,se,ci_low,ci_high,n,"
                + "points,max_points,rank,rank_low,rank_high,group,note\r\n");
        assertThat(csv).contains(",T34-31,").contains("0.9234").contains(",96.17,");

        // Next year's history sees this year: SIPAS in percent, PAR with rank and group; the national row not.
        assertThat(db.sql("select measure || '=' || result_value || '/' || result_rank || '/' || coalesce(result_group, '-')"
                        + " from published_result where result_year = ? and unit_id = ? and source = 'ROUND'"
                        + " and superseded_by is null order by measure").params(p.year(), HAI_PHONG)
                .query(String.class).list()).containsExactly("par=96.17/1/A", "sipas=92.34/1/-");
        assertThat(count("select count(*) from history_batch where kind = 'PUBLISHED' and file_name = ?", p.code()))
                .isEqualTo(1);
        assertThat(count("select count(*) from notice where unit_id = ? and message_key = 'publication.notice.published'"
                + " and link = ?", HAI_PHONG, "/cong-khai/cong-bo/" + p.code())).isEqualTo(2);
        assertThat(events.stream(Published.class).filter(e -> e.publicationId().equals(p.id())))
                .singleElement().satisfies(e -> assertThat(e.supersededId()).isNull());
    }

    @Test
    void publishingTwiceOrWithoutAnApprovedVersionIsRefusedAndChangesNothing() {
        String round = round("Đợt chưa duyệt");
        version(round, 1, "READY", 0.9);
        assertThatThrownBy(() -> publications.publish(round, COORDINATOR)).isInstanceOfSatisfying(Rejected.class,
                e -> assertThat(e.key()).isEqualTo("publication.notApproved"));
        assertThat(count("select count(*) from publication where round_id = ?", round)).isZero();

        db.sql("update index_result_version set state = 'APPROVED' where round_id = ?").param(round).update();
        Publication first = publications.publish(round, COORDINATOR);
        assertThatThrownBy(() -> publications.publish(round, COORDINATOR)).isInstanceOfSatisfying(Rejected.class,
                e -> assertThat(e.key()).isEqualTo("publication.alreadyPublished"));
        assertThat(publications.overview(round, COORDINATOR).publications()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(first.code()));
    }

    @Test
    void aCorrectionSupersedesTheCurrentPublicationWhoseFilesStayReadable() {
        String round = round("Đợt đính chính");
        version(round, 1, "APPROVED", 0.9);
        Publication first = publications.publish(round, COORDINATOR);
        assertThatThrownBy(() -> publications.correct(round, "  ", COORDINATOR)).isInstanceOfSatisfying(
                Rejected.class, e -> assertThat(e.key()).isEqualTo("publication.reasonRequired"));
        assertThatThrownBy(() -> publications.correct(round, "x".repeat(2001), COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("publication.reasonTooLong"));

        // The council approved a recompute after the publication.
        db.sql("update index_result_version set state = 'SUPERSEDED' where round_id = ?").param(round).update();
        String recomputed = version(round, 2, "APPROVED", 0.95);
        assertThat(publications.overview(round, COORDINATOR).newerApproved()).isTrue();
        Publication corrected = publications.correct(round, "Sửa số liệu khảo sát của Hải Phòng", COORDINATOR);

        assertThat(corrected.number()).isEqualTo(2);
        assertThat(corrected.code()).isNotEqualTo(first.code()).endsWith("-02");
        assertThat(corrected.supersedesId()).isEqualTo(first.id());
        assertThat(corrected.reason()).isEqualTo("Sửa số liệu khảo sát của Hải Phòng");
        assertThat(corrected.resultVersionId()).isEqualTo(recomputed);
        List<Publication> both = publications.overview(round, COORDINATOR).publications();
        assertThat(both).extracting(Publication::code).containsExactly(corrected.code(), first.code());
        Publication old = both.get(1);
        assertThat(old.state()).isEqualTo(PublicationState.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(corrected.id());
        assertThat(old.supersededAt()).isNotNull();
        // The old files are still there and intact; the old numbers too.
        for (PublishedFile f : published.files(old.id())) {
            assertThat(PublicationStorage.sha256(published.content(f))).isEqualTo(f.sha256());
        }
        assertThat(db.sql("select estimate from publication_result where publication_id = ? and unit_id = ?"
                + " and measure = 'sipas:overall'").params(old.id(), HAI_PHONG).query(Double.class).single())
                .isEqualTo(0.9);
        // The history now holds the corrected value; the first one is kept, marked superseded.
        assertThat(db.sql("select result_value from published_result where result_year = ? and unit_id = ?"
                        + " and measure = 'sipas' and superseded_by is null").params(old.year(), HAI_PHONG)
                .query(Double.class).single()).isEqualTo(95.0);
        assertThat(count("select count(*) from published_result where result_year = ? and unit_id = ?"
                + " and superseded_by is not null", old.year(), HAI_PHONG)).isEqualTo(2);
        assertThat(events.stream(Published.class).filter(e -> e.publicationId().equals(corrected.id())))
                .singleElement().satisfies(e -> assertThat(e.supersededId()).isEqualTo(first.id()));
    }

    @Test
    void aFileSourceThatFailsLeavesNothingBehind() throws Exception {
        String round = round("Đợt " + FailingFileSource.MARK);
        version(round, 1, "APPROVED", 0.9);
        long filesBefore = storedFiles();
        int batches = count("select count(*) from history_batch");
        int notices = count("select count(*) from notice");

        assertThatThrownBy(() -> publications.publish(round, COORDINATOR)).isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from publication where round_id = ?", round)).isZero();
        assertThat(count("select count(*) from publication_result r join publication p on p.id = r.publication_id"
                + " where p.round_id = ?", round)).isZero();
        assertThat(count("select count(*) from history_batch")).isEqualTo(batches);
        assertThat(count("select count(*) from notice")).isEqualTo(notices);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void aTamperedFileIsFoundByTheCheckAndAFileIsVerifiedByItsBytesOrHash() throws Exception {
        String round = round("Đợt kiểm tra toàn vẹn");
        version(round, 1, "APPROVED", 0.91);
        Publication p = publications.publish(round, COORDINATOR);
        PublishedFile csv = published.file(p.code(), "du-lieu/ket-qua.csv").orElseThrow();
        byte[] original = published.content(csv);

        assertThat(integrity.verify(original)).extracting(PublishedFile::code, PublishedFile::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p.code(), "du-lieu/ket-qua.csv"));
        assertThat(integrity.verify(csv.sha256().toUpperCase())).hasSize(1);
        assertThat(integrity.verify("0".repeat(64))).isEmpty();
        assertThatThrownBy(() -> integrity.verify("<script>")).isInstanceOfSatisfying(Rejected.class,
                e -> assertThat(e.key()).isEqualTo("publication.badSha256"));

        Path stored = settings.directory().toAbsolutePath().normalize()
                .resolve(csv.storageRef().substring(PublicationStorage.PREFIX.length()));
        try {
            Files.write(stored, "year,unit_id\r\n2101,T34-31\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(integrity.check().findings()).contains(
                    new PublicationIntegrity.Finding(p.code(), "du-lieu/ket-qua.csv", PublicationIntegrity.Problem.TAMPERED));
            Files.delete(stored);
            assertThat(integrity.check().findings()).contains(
                    new PublicationIntegrity.Finding(p.code(), "du-lieu/ket-qua.csv", PublicationIntegrity.Problem.MISSING));
        } finally {
            Files.write(stored, original);
        }
        assertThat(integrity.check().findings()).noneMatch(f -> f.code().equals(p.code()));
    }

    @Test
    void onlyTheOrganisersCoordinatorPublishesAndEveryRefusalIsAudited() {
        String round = round("Đợt quyền công bố");
        version(round, 1, "APPROVED", 0.9);
        Actor otherCoordinator = new Actor("dieuphoi.hp", "Điều phối Hải Phòng", HAI_PHONG,
                java.util.Set.of(vn.thuocdo.identity.Role.MINISTRY_COORDINATOR));
        for (Actor refused : List.of(TestActors.HAI_PHONG, TestActors.APPRAISER, otherCoordinator)) {
            assertThatThrownBy(() -> publications.publish(round, refused)).isInstanceOf(Rejected.class);
        }
        assertThatThrownBy(() -> publications.correct(round, "lý do", TestActors.HAI_PHONG))
                .isInstanceOf(AccessDenied.class);
        assertThat(count("select count(*) from audit_event where actor in ('haiphong', 'thamdinh')"
                + " and outcome = 'DENIED' and detail like 'publication.%'")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from publication where round_id = ?", round)).isZero();
    }

    @Test
    void theStageWaitsForTheCoordinatorWhosePublicationCompletesIt() {
        String round = round("Đợt quy trình công bố");
        version(round, 1, "APPROVED", 0.9);
        var instance = runtime.createProcessInstanceByKey("PublicationProcess").businessKey(round + ":publication")
                .setVariable("roundId", round).setVariable("organiserUnitId", COORDINATOR.unitId())
                .setVariable("publicationDue", null).execute();
        assertThat(db.sql("select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = 'Task_Publish'")
                .param(instance.getId()).query(Integer.class).single()).isEqualTo(1);
        publications.publish(round, COORDINATOR);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();

        // Reached again once published (a round published before its stage): it goes straight on.
        var again = runtime.createProcessInstanceByKey("PublicationProcess").businessKey(round + ":publication")
                .setVariable("roundId", round).setVariable("organiserUnitId", COORDINATOR.unitId())
                .setVariable("publicationDue", null).execute();
        assertThat(again.isEnded()).isTrue();
    }

    private long storedFiles() throws Exception {
        Path root = settings.directory().toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
