package vn.thuocdo.compilation;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.council.CouncilAgenda;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.SurveyScene;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * CompilationProcess on the engine and PostgreSQL: a version computed from seeded responses and self-assessed
 * points, a recompute with its reason as a new version, the hand-over to the council and the group table.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class CompilationProcessTest {

    static final AtomicInteger YEARS = new AtomicInteger(2086);
    static final String HAI_PHONG = "T34-31";
    static final String OTHER = "T34-01";
    static final Actor OFFICER = new Actor("haiphong", "Nguyễn Thị Lan", HAI_PHONG, Set.of(Role.PROVINCIAL_OFFICER));

    @Autowired Compilations compilations;
    @Autowired ParIndexGroups groups;
    @Autowired CouncilAgenda agenda;
    @Autowired SelfAssessments assessments;
    @Autowired Rounds rounds;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient db;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    String round;

    @BeforeEach
    void aRoundWithResponsesInHaiPhongOnlyAndItsSelfAssessment() {
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử tổng hợp", RoundLevel.NATIONAL,
                List.of(HAI_PHONG, OTHER), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR).id();
        SurveyScene scene = new SurveyScene(db, round).approvedSample();
        // Hải Phòng: 4 communes (clusters) of 10 households. c1 weighs 30, the others 10. c1-c3 answer 5 to every
        // item, c4 answers 2: each item's index = (10·30 + 10·10 + 10·10) / (10·30 + 3·10·10) = 500/600.
        for (int c = 1; c <= 4; c++) {
            for (int h = 0; h < 10; h++) {
                scene.respond(HAI_PHONG, "c" + c, c == 1 ? 30.0 : 10.0, c == 4 ? "2" : "5");
            }
        }
        // The other province: five households, too few valid answers (30 needed).
        for (int h = 0; h < 5; h++) {
            scene.respond(OTHER, "k1", 10.0, "5");
        }
        // One response without a design weight (no invitation): left out and counted.
        scene.uninvited("sipas-citizen@1", "API", HAI_PHONG, null, "{}");

        SelfAssessment opened = assessments.open(OFFICER, round, HAI_PHONG);
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.rule() instanceof ScoringRule.YesNo) {
                assessments.score(OFFICER, round, HAI_PHONG, sub.code(), new SelfScore.Done(true), null, 0);
            }
        }
    }

    private void startTheStage() {
        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", COORDINATOR.unitId())
                .setVariable("compilationDue", null).execute();
    }

    private static IndexResult row(List<IndexResult> rows, String unit, String measure) {
        return rows.stream().filter(r -> r.unitId().equals(unit) && r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " " + measure));
    }

    @Test
    void theStageComputesAVersionFromTheDataAndARecomputeIsANewVersionWithItsReason() {
        startTheStage();
        List<ResultVersion> versions = compilations.versions(round, COORDINATOR);
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.state()).isEqualTo(VersionState.DRAFT);
            assertThat(v.computedBy()).isEqualTo("system");
            assertThat(v.indexDefinition()).isEqualTo("sipas@1");
            assertThat(v.responses()).isEqualTo(46);
            assertThat(v.unweighted()).isEqualTo(1);
        });
        String first = versions.get(0).id();
        List<IndexResult> sipasRows = compilations.results(round, first, "sipas:", COORDINATOR);

        // Hand-computed: 500/600 for every item, so for every element, part and the overall index.
        IndexResult overall = row(sipasRows, HAI_PHONG, "sipas:overall");
        assertThat(overall.estimate()).isCloseTo(500.0 / 600, within(1e-12));
        assertThat(overall.n()).isEqualTo(40);
        assertThat(overall.weightTotal()).isCloseTo(600.0, within(1e-9));
        assertThat(overall.ciLow()).isLessThan(overall.estimate());
        assertThat(row(sipasRows, HAI_PHONG, "sipas:element:access").estimate()).isCloseTo(500.0 / 600, within(1e-12));
        // Too few answers: insufficient, never 0%.
        IndexResult other = row(sipasRows, OTHER, "sipas:overall");
        assertThat(other.estimate()).isNull();
        assertThat(other.note()).isEqualTo(IndexResult.INSUFFICIENT);
        assertThat(row(sipasRows, IndexResult.NATIONAL, "sipas:overall").n()).isEqualTo(45);

        // PAR INDEX: the yes/no points scored, plus each SIPAS sub-criterion at maximum × 83,33...%.
        List<IndexResult> totals = compilations.results(round, first, "par:total", COORDINATOR);
        IndexResult hp = row(totals, HAI_PHONG, "par:total");
        SelfAssessment scored = assessments.open(OFFICER, round, HAI_PHONG);
        BigDecimal yesNo = scored.scorecard().subCriteria().stream().filter(s -> s.rule() instanceof ScoringRule.YesNo)
                .map(SubCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal survey = scored.scorecard().subCriteria().stream()
                .filter(s -> s.rule() instanceof ScoringRule.Survey survey1 && survey1.measure().startsWith("sipas:"))
                .map(s -> s.maxPoints().multiply(BigDecimal.valueOf(500.0 / 600 * 100)).divide(BigDecimal.valueOf(100),
                        2, RoundingMode.HALF_UP)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(hp.points()).isEqualByComparingTo(yesNo.add(survey));
        assertThat(hp.maxPoints()).isEqualByComparingTo("100");
        assertThat(hp.estimate()).isEqualTo(hp.points().doubleValue());
        assertThat(hp.rank()).isEqualTo(1);
        assertThat(hp.note()).isEqualTo(IndexResult.NOT_FINAL);
        IndexResult otherTotal = row(totals, OTHER, "par:total");
        // Not assessed is not 0 points: no total, no rank, no group, and the reason said.
        assertThat(otherTotal.points()).isNull();
        assertThat(otherTotal.estimate()).isNull();
        assertThat(otherTotal.rank()).isNull();
        assertThat(otherTotal.group()).isNull();
        assertThat(otherTotal.hasRankInterval()).isFalse();
        assertThat(otherTotal.note()).isEqualTo(IndexResult.NO_ASSESSMENT);
        assertThat(compilations.results(round, first, "par:area:", COORDINATOR))
                .filteredOn(r -> r.unitId().equals(HAI_PHONG)).hasSize(8);

        // A recompute needs a reason; with one, the process computes version 2 and supersedes version 1.
        assertThatThrownBy(() -> compilations.recompute(round, "  ", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("compilation.reasonRequired"));
        assertThatThrownBy(() -> compilations.recompute(round, "x".repeat(2001), COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("compilation.reasonTooLong"));
        compilations.recompute(round, "Sửa điểm thẩm định tiêu chí 1.1.1", COORDINATOR);
        versions = compilations.versions(round, COORDINATOR);
        assertThat(versions).extracting(ResultVersion::number, ResultVersion::state, ResultVersion::reason,
                ResultVersion::computedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, VersionState.DRAFT, "Sửa điểm thẩm định tiêu chí 1.1.1",
                        COORDINATOR.username()),
                org.assertj.core.groups.Tuple.tuple(1, VersionState.SUPERSEDED, null, "system"));
        assertThat(compilations.reviewing(round, COORDINATOR)).isTrue();

        // Before the hand-over the council sees the appraised points; after it, the ready version's totals.
        assertThat(agenda.results(round)).allSatisfy(r -> assertThat(r.note()).isNotEqualTo(IndexResult.NOT_FINAL));
        compilations.handToCouncil(round, COORDINATOR);
        assertThat(compilations.versions(round, COORDINATOR).get(0).state()).isEqualTo(VersionState.READY);
        assertThat(compilations.reviewing(round, COORDINATOR)).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(round + ":compilation").count())
                .isZero();
        assertThat(agenda.results(round)).hasSize(2).anySatisfy(r -> {
            assertThat(r.unitId()).isEqualTo(HAI_PHONG);
            assertThat(r.points()).isEqualByComparingTo(hp.points());
            assertThat(r.note()).isEqualTo(IndexResult.NOT_FINAL);
        });

        // A session opens on version 2; a late recompute is at once the council's, and the council is told.
        String session = UUID.randomUUID().toString();
        db.sql("insert into council_session (id, round_id, session_no, opened_by, opened_at, closes_at, members)"
                        + " values (?, ?, 1, 'dieuphoi', ?, ?, 3)")
                .params(session, round, Timestamp.from(Instant.now()), Timestamp.from(Instant.now())).update();
        agenda.sessionOpened(round, session);
        compilations.recompute(round, "Sửa sai sót phát hiện muộn", COORDINATOR);
        assertThat(compilations.versions(round, COORDINATOR)).extracting(ResultVersion::number, ResultVersion::state)
                .startsWith(org.assertj.core.groups.Tuple.tuple(3, VersionState.READY),
                        org.assertj.core.groups.Tuple.tuple(2, VersionState.SUPERSEDED));
        assertThat(agenda.results(round)).allSatisfy(r -> assertThat(r.note()).isEqualTo("council.note.recomputed"));
        // The approving session approves the version it reviewed.
        events.publishEvent(new vn.thuocdo.council.CouncilApproved(round, session));
        assertThat(compilations.versions(round, COORDINATOR).get(1).state()).isEqualTo(VersionState.APPROVED);
    }

    @Test
    void theGroupTableSplitsAtItsBoundaries() {
        assertThat(groups.group(new BigDecimal("90"))).isEqualTo("A");
        assertThat(groups.group(new BigDecimal("89.99"))).isEqualTo("B");
        assertThat(groups.group(new BigDecimal("80.00"))).isEqualTo("B");
        assertThat(groups.group(new BigDecimal("79.99"))).isEqualTo("C");
        assertThat(groups.group(new BigDecimal("70"))).isEqualTo("C");
        assertThat(groups.group(new BigDecimal("69.99"))).isEqualTo("D");
        assertThat(groups.group(new BigDecimal("100"))).isEqualTo("A");
    }

    @Test
    void onlyTheOrganisersCoordinatorRecomputesAndNothingIsComputedOutsideTheStage() {
        assertThatThrownBy(() -> compilations.recompute(round, "Lý do", OFFICER))
                .isInstanceOf(vn.thuocdo.identity.AccessDenied.class);
        assertThatThrownBy(() -> compilations.recompute(round, "Lý do", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("compilation.notCompiled"));
        assertThatThrownBy(() -> compilations.handToCouncil(round, COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("compilation.notReviewing"));
        assertThat(compilations.versions(round, COORDINATOR)).isEmpty();
    }
}
