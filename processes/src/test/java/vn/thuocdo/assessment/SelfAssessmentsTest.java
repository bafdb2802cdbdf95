package vn.thuocdo.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.forms.scorecard.AnswerProblem;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ProcessTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.assessment.AssessmentScene.*;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HA_NOI;

/** A unit's officers score, its leader signs off and submits: each rule and refusal on PostgreSQL. */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class SelfAssessmentsTest {

    static final AtomicInteger YEARS = new AtomicInteger(2040);

    @Autowired SelfAssessments assessments;
    @Autowired Rounds rounds;
    @Autowired JdbcClient db;
    @Autowired MutableClock clock;

    String round;
    LocalDate due;

    @BeforeEach
    void aRoundWithHaiPhongAndHaNoi() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        due = samplingDue.plusDays(60);
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử tự đánh giá", RoundLevel.NATIONAL,
                List.of(HAI_PHONG_ID, "T34-01"), "sampling-request@1", samplingDue, 3,
                Map.of("assessment", due)), COORDINATOR).id();
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void opensPinnedToTheProvinceScorecardWithNothingScored() {
        SelfAssessment opened = assessments.open(OFFICER, round, HAI_PHONG_ID);

        assertThat(opened.scorecard().id()).isEqualTo("par-province-2022-v1");
        assertThat(opened.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(opened.due()).isEqualTo(due);
        assertThat(opened.values()).hasSize(opened.scorecard().subCriteria().size());
        assertThat(opened.progress()).hasSize(8).first()
                .satisfies(p -> assertThat(p.scored()).isZero())
                .satisfies(p -> assertThat(p.total()).isEqualTo(11));
        assertThat(opened.selfTotals().get("")).isEqualByComparingTo("0");
        assertThat(opened.problems()).extracting(AssessmentProblem::key).containsOnly(AssessmentProblem.NOT_SCORED);
    }

    @Test
    void aScoreIsSavedWithItsComputedPointsAndEverySaveIsKeptInTheHistory() {
        SubCriterionValue tier = assessments.score(OFFICER, round, HAI_PHONG_ID, "1.1.1", new SelfScore.Level("late"),
                "Ban hành ngày 20/01", 0);
        SubCriterionValue formula = assessments.score(OFFICER, round, HAI_PHONG_ID, "1.1.3",
                new SelfScore.Figures(Map.of("planned", "1.644", "done", "1.400")), null, 0);
        SubCriterionValue again = assessments.score(SECOND_OFFICER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Level("onTime"), "Đúng hạn theo văn bản 12/UBND", tier.version());

        assertThat(tier.points()).isEqualByComparingTo("0.25");
        assertThat(formula.points()).isEqualByComparingTo("0.75");
        assertThat(again.points()).isEqualByComparingTo("0.5");
        assertThat(again.updatedByName()).isEqualTo("Trần Văn Minh");
        SelfAssessment opened = assessments.open(LEADER, round, HAI_PHONG_ID);
        assertThat(opened.selfTotals()).containsEntry("1.1", new BigDecimal("1.25"));
        assertThat(opened.progress().get(0).scored()).isEqualTo(2);
        assertThat(assessments.timeline(LEADER, round, HAI_PHONG_ID, "1.1.1"))
                .extracting(ValueChange::kind, c -> c.points().toPlainString(), ValueChange::answer, ValueChange::byName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ValueKind.SELF, "0.25", "level:late", "Nguyễn Thị Lan"),
                        org.assertj.core.groups.Tuple.tuple(ValueKind.SELF, "0.50", "level:onTime", "Trần Văn Minh"));
        assertThat(assessments.timeline(OFFICER, round, HAI_PHONG_ID, "1.1.3").get(0).answer())
                .isEqualTo("figures:{\"done\":\"1.400\",\"planned\":\"1.644\"}");
    }

    @Test
    void pointsAboveTheMaximumOrNotATierAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> assessments.score(OFFICER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Points(new BigDecimal("0.7")), null, 0))
                .isInstanceOfSatisfying(ScoreNotAllowed.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::code).containsExactly("scorecard.answer.aboveMax"));
        assertThatThrownBy(() -> assessments.score(OFFICER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Points(new BigDecimal("0.3")), null, 0))
                .isInstanceOfSatisfying(ScoreNotAllowed.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::code).containsExactly("scorecard.answer.notAllowed"));
        assertThatThrownBy(() -> assessments.score(OFFICER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Level("sometimes"), null, 0))
                .isInstanceOfSatisfying(ScoreNotAllowed.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::code).containsExactly("scorecard.answer.unknownLevel"));

        assertNothingSaved("1.1.1");
    }

    @Test
    void negativeUnreadableOrInconsistentFiguresAreRefusedEachWithItsReason() {
        assertThatThrownBy(() -> assessments.score(OFFICER, round, HAI_PHONG_ID, "1.1.3",
                new SelfScore.Figures(Map.of("planned", "10", "done", "12")), null, 0))
                .isInstanceOfSatisfying(ScoreNotAllowed.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::code).containsExactly("scorecard.answer.checkFailed"));
        assertThatThrownBy(() -> assessments.score(OFFICER, round, HAI_PHONG_ID, "1.1.3",
                new SelfScore.Figures(Map.of("planned", "-3", "done", "mười")), null, 0))
                .isInstanceOfSatisfying(ScoreNotAllowed.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::code)
                        .containsExactlyInAnyOrder("scorecard.answer.figureNegative", "scorecard.answer.figureNotNumber"));

        assertNothingSaved("1.1.3");
    }

    @Test
    void aSurveyAssessedSubCriterionIsNotSelfScored() {
        assertThatThrownBy(() -> assessments.score(OFFICER, round, HAI_PHONG_ID, "8.1.1",
                new SelfScore.Points(BigDecimal.ONE), null, 0))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("assessment.surveyAssessed");
                    assertThat(e.args()).containsExactly("8.1.1");
                });
        assertNothingSaved("8.1.1");
    }

    @Test
    void anotherProvincesOfficerOrTheLeaderCannotScoreAndAnotherProvinceCannotRead() {
        assertThatThrownBy(() -> assessments.score(HA_NOI, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Level("late"), null, 0)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assessments.score(LEADER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Level("late"), null, 0)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assessments.open(HA_NOI, round, HAI_PHONG_ID)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assessments.open(APPRAISER, round, HAI_PHONG_ID)).isInstanceOf(AccessDenied.class);
        assertNothingSaved("1.1.1");
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedNamingWhoSavedAndWhenAndOverwritesNothing() {
        assessments.score(OFFICER, round, HAI_PHONG_ID, "1.2.1", new SelfScore.Done(true), "Có quyết định", 0);

        assertThatThrownBy(() -> assessments.score(SECOND_OFFICER, round, HAI_PHONG_ID, "1.2.1",
                new SelfScore.Done(false), null, 0))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("assessment.stale");
                    assertThat(e.args()).hasSize(3).startsWith("1.2.1", "Nguyễn Thị Lan");
                    assertThat((String) e.args().get(2)).matches("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
                });

        SubCriterionValue kept = assessments.open(OFFICER, round, HAI_PHONG_ID).value("1.2.1");
        assertThat(kept.answer()).isEqualTo(new SelfScore.Done(true));
        assertThat(kept.note()).isEqualTo("Có quyết định");
        assertThat(assessments.timeline(OFFICER, round, HAI_PHONG_ID, "1.2.1")).hasSize(1);
    }

    @Test
    void signOffWaitsForEveryScoreAndForANoteWhereEvidenceIsMissing() {
        SelfAssessment opened = assessments.open(OFFICER, round, HAI_PHONG_ID);
        fillAll(opened, "1.2.1");
        assessments.score(OFFICER, round, HAI_PHONG_ID, "1.2.1", new SelfScore.Done(true), null,
                assessments.open(OFFICER, round, HAI_PHONG_ID).value("1.2.1").version());

        assertThat(assessments.open(LEADER, round, HAI_PHONG_ID).problems())
                .containsExactly(new AssessmentProblem("1.2.1", AssessmentProblem.NO_EVIDENCE));
        assertThatThrownBy(() -> assessments.signOff(LEADER, round, HAI_PHONG_ID))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("assessment.hasProblems");
                    assertThat(e.args()).containsExactly(1, "1.2.1");
                });
        assertThat(assessments.open(LEADER, round, HAI_PHONG_ID).state()).isEqualTo(AssessmentState.DRAFT);

        assessments.score(OFFICER, round, HAI_PHONG_ID, "1.2.1", new SelfScore.Done(true),
                "Văn bản đang chờ số hoá, sẽ bổ sung", assessments.open(OFFICER, round, HAI_PHONG_ID).value("1.2.1").version());
        assessments.signOff(LEADER, round, HAI_PHONG_ID);
        assertThat(assessments.open(LEADER, round, HAI_PHONG_ID).signedOffByName()).isEqualTo("Phạm Quốc Hùng");
    }

    @Test
    void submissionNeedsTheLeadersSignOffAndThenLocksTheValues() {
        fillAll(assessments.open(OFFICER, round, HAI_PHONG_ID), null);

        assertThatThrownBy(() -> assessments.submit(LEADER, round, HAI_PHONG_ID))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.notSignedOff"));
        assertThatThrownBy(() -> assessments.submit(OFFICER, round, HAI_PHONG_ID)).isInstanceOf(AccessDenied.class);
        assessments.signOff(LEADER, round, HAI_PHONG_ID);
        assertThatThrownBy(() -> assessments.score(OFFICER, round, HAI_PHONG_ID, "1.2.1", new SelfScore.Done(false),
                "x", 1)).isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.signedOff"));

        assessments.submit(LEADER, round, HAI_PHONG_ID);

        SelfAssessment submitted = assessments.open(OFFICER, round, HAI_PHONG_ID);
        assertThat(submitted.state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("lanhdao.haiphong");
        assertThatThrownBy(() -> assessments.score(OFFICER, round, HAI_PHONG_ID, "1.2.1", new SelfScore.Done(false),
                "x", submitted.value("1.2.1").version()))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.alreadySubmitted"));
        assertThatThrownBy(() -> assessments.sendBack(LEADER, round, HAI_PHONG_ID, "Sửa lại"))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.wrongState"));
    }

    @Test
    void theLeaderSendsBackWithACommentWhichUndoesTheSignOff() {
        fillAll(assessments.open(OFFICER, round, HAI_PHONG_ID), null);
        assessments.signOff(LEADER, round, HAI_PHONG_ID);

        assertThatThrownBy(() -> assessments.sendBack(LEADER, round, HAI_PHONG_ID, "  "))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.comment.required"));
        assertThatThrownBy(() -> assessments.sendBack(LEADER, round, HAI_PHONG_ID, "x".repeat(1901)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.comment.tooLong"));
        assessments.sendBack(LEADER, round, HAI_PHONG_ID, "Tiêu chí 1.1.3 cần số liệu năm nay");

        SelfAssessment back = assessments.open(OFFICER, round, HAI_PHONG_ID);
        assertThat(back.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(back.signedOffBy()).isNull();
        assertThat(back.sentBackComment()).isEqualTo("Tiêu chí 1.1.3 cần số liệu năm nay");
    }

    @Test
    void submissionAfterTheStagesDeadlineIsRefused() {
        fillAll(assessments.open(OFFICER, round, HAI_PHONG_ID), null);
        assessments.signOff(LEADER, round, HAI_PHONG_ID);
        clock.advance(Duration.ofDays(75));

        assertThatThrownBy(() -> assessments.submit(LEADER, round, HAI_PHONG_ID))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("assessment.pastDue");
                    assertThat(e.args()).containsExactly(due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                });
        assertThat(assessments.open(LEADER, round, HAI_PHONG_ID).state()).isEqualTo(AssessmentState.SIGNED_OFF);
    }

    @Test
    void aNoteTooLongIsRefusedBeforeAnythingElse() {
        assertThatThrownBy(() -> assessments.score(HA_NOI, round, HAI_PHONG_ID, "1.1.1", new SelfScore.Level("late"),
                "x".repeat(1901), 0))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.note.tooLong"));
    }

    /** Scores every self-scored sub-criterion, with a note instead of evidence, except {@code skip}. */
    void fillAll(SelfAssessment opened, String skip) {
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.selfScored() && !sub.code().equals(skip)) {
                assessments.score(OFFICER, round, HAI_PHONG_ID, sub.code(), anAllowedAnswer(sub),
                        "Tài liệu lưu tại Sở", opened.value(sub.code()).version());
            }
        }
    }

    void assertNothingSaved(String code) {
        assertThat(db.sql("select count(*) from self_assessment_history where round_id = ? and code = ?")
                .params(round, code).query(Integer.class).single()).isZero();
        assertThat(db.sql("select count(*) from self_assessment_value where round_id = ? and code = ? and version > 0")
                .params(round, code).query(Integer.class).single()).isZero();
    }
}
