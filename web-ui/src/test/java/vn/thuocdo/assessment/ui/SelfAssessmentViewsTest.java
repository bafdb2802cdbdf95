package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The officers' self-assessment and the leader's review, through Karibu on the real context and PostgreSQL. */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class SelfAssessmentViewsTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2030);
    static final Actor HAI_PHONG = new Actor("haiphong", "Trần Văn Nam", "T34-31", Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor COLLEAGUE = new Actor("haiphong2", "Lê Thị Hoa", "T34-31", Set.of(Role.PROVINCIAL_OFFICER));

    @Autowired Rounds rounds;
    @Autowired SelfAssessments assessments;

    String round;

    @BeforeEach
    void aRoundWithHaiPhongAndHaNoi() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt tự đánh giá trên màn hình",
                RoundLevel.NATIONAL, List.of("T34-31", "T34-01"), "sampling-request@1", samplingDue, 3,
                Map.of("assessment", samplingDue.plusDays(60))), TestActors.COORDINATOR).id();
    }

    @Test
    void anOfficerScoresATierAndReportedFiguresSeesThePointsAsTypedAndTheAreasProgress() {
        signIn("haiphong");
        navigate("assessment/self?round=" + round);
        SelfAssessmentView view = _get(SelfAssessmentView.class);
        assertThat(view.areas).hasSize(8);
        assertThat(view.areas.get("1").getSummaryText()).contains("đã chấm 0/11").contains("0 / 9,5 điểm");
        assertThat(_get(Div.class, spec -> spec.withId("evidence-slot-1.1.1"))).isNotNull();
        assertThat(view.editors.get("8.1.1").getElement().getTextRecursively())
                .contains("Do điều tra xã hội học đánh giá");

        SubCriterionEditor tier = view.editors.get("1.1.1");
        tier.level.setValue(((ScoringRule.Tiered) tier.sub.rule()).levels().get(1));
        assertThat(tier.points.getText()).isEqualTo("0,25 điểm");
        tier.note.setValue("Kế hoạch ban hành ngày 20/01");
        _click(tier.save);
        assertThat(tier.message.getText()).isEqualTo("Đã lưu tiêu chí 1.1.1.");

        SubCriterionEditor formula = view.editors.get("1.1.3");
        formula.figures.get("planned").setValue("1.644");
        formula.figures.get("done").setValue("1.400");
        assertThat(formula.points.getText()).isEqualTo("0,75 điểm");
        _click(formula.save);
        assertThat(formula.message.getText()).isEqualTo("Đã lưu tiêu chí 1.1.3.");
        assertThat(view.areas.get("1").getSummaryText()).contains("đã chấm 2/11").contains("1 / 9,5 điểm");

        navigate("assessment/self?round=" + round);
        SelfAssessmentView again = _get(SelfAssessmentView.class);
        assertThat(again.areas.get("1").getSummaryText()).contains("đã chấm 2/11").contains("1 / 9,5 điểm");
        assertThat(_get(Div.class, spec -> spec.withId("assessment-totals")).getText())
                .startsWith("Tổng điểm tự chấm: 1 / 76 điểm");
        assertThat(again.editors.get("1.1.3").figures.get("planned").getValue()).isEqualTo("1.644");
    }

    @Test
    void inconsistentFiguresAreRefusedWithTheScorecardsOwnMessageAndNothingIsSaved() {
        signIn("haiphong");
        navigate("assessment/self?round=" + round);
        SubCriterionEditor formula = _get(SelfAssessmentView.class).editors.get("1.1.3");
        formula.figures.get("planned").setValue("10");
        formula.figures.get("done").setValue("12");
        assertThat(formula.points.getText())
                .isEqualTo("Tiêu chí 1.1.3: Số nhiệm vụ đã hoàn thành không được lớn hơn số nhiệm vụ trong kế hoạch.");

        _click(formula.save);

        assertThat(formula.message.getText())
                .isEqualTo("Tiêu chí 1.1.3: Số nhiệm vụ đã hoàn thành không được lớn hơn số nhiệm vụ trong kế hoạch.");
        assertThat(assessments.open(HAI_PHONG, round, "T34-31").value("1.1.3").scored()).isFalse();
    }

    @Test
    void aColleaguesNewerSaveIsNotOverwrittenAndTheOfficerIsToldWhoChangedItAndWhen() {
        signIn("haiphong");
        navigate("assessment/self?round=" + round);
        SubCriterionEditor mine = _get(SelfAssessmentView.class).editors.get("1.2.1");
        // Meanwhile, in another session, a colleague saves the same sub-criterion.
        assessments.score(COLLEAGUE, round, "T34-31", "1.2.1", new SelfScore.Done(true), "Quyết định 15/QĐ-UBND", 0);

        mine.done.setValue(false);
        _click(mine.save);

        assertThat(mine.message.getText()).matches(
                "Tiêu chí 1\\.2\\.1 vừa được Lê Thị Hoa sửa lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}; hãy xem giá trị mới rồi lưu lại\\.");
        assertThat(assessments.open(HAI_PHONG, round, "T34-31").value("1.2.1").answer())
                .isEqualTo(new SelfScore.Done(true));
    }

    @Test
    void anotherProvincesOfficerIsRefusedAndAnAppraiserOfTheUnitCannotOpenEitherScreen() {
        String haiPhongOnly = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt chỉ Hải Phòng",
                RoundLevel.NATIONAL, List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(10)),
                TestActors.COORDINATOR).id();
        signIn("hanoi");
        navigate("assessment/self?round=" + haiPhongOnly);
        assertThat(_get(Div.class, spec -> spec.withId("refusal")).getElement().getTextRecursively()).contains("không có quyền");
        assertThat(_find(SubCriterionEditor.class)).isEmpty();

        switchTo(new Actor("thamdinh.hp", "Vũ Thị Hải", "T34-31", Set.of(Role.APPRAISER)));
        assertThat(refusedByRoute("assessment/self?round=" + round)).isTrue();
        assertThat(refusedByRoute("assessment/review?round=" + round)).isTrue();
    }

    @Test
    void theLeaderSeesWhatIsMissingSignsOffOnlyWhenNothingIsAndSubmits() {
        signIn("lanhdao.haiphong");
        navigate("assessment/review?round=" + round);
        LeaderReviewView review = _get(LeaderReviewView.class);
        assertThat(review.problems.getElement().getTextRecursively()).contains("Còn 77 tiêu chí cần hoàn thiện")
                .contains("Tiêu chí 1.1.1 chưa được chấm điểm.");
        _click(review.signOff);
        expectNotifications("Còn 77 tiêu chí chưa hoàn thiện: 1.1.1, 1.1.2, 1.1.3, 1.2.1, 1.2.2, 1.3.1, 1.3.2, 1.4.1, 1.4.2, 1.5.1.");
        _click(review.sendBack);
        expectNotifications("Hãy ghi ý kiến khi trả lại.");

        fillAll();
        navigate("assessment/review?round=" + round);
        review = _get(LeaderReviewView.class);
        assertThat(review.problems.getElement().getTextRecursively()).isEqualTo("Không còn vướng mắc: có thể ký duyệt và nộp.");
        assertThat(_get(Div.class, spec -> spec.withId("review-1.1.1")).getText())
                .startsWith("1.1.1 ").contains("Thực hiện đúng thời hạn — 0,5 / 0,5");
        _click(review.signOff);
        expectNotifications("Đã ký duyệt bản tự đánh giá.");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("assessment-state")).getText())
                .startsWith("Trạng thái: Đã ký duyệt, chờ nộp");
        _click(review.submit);
        expectNotifications("Đã nộp bản tự đánh giá.");
        assertThat(assessments.open(HAI_PHONG, round, "T34-31").state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThat(review.sendBack.isVisible()).isFalse();
    }

    /** Whether the route itself refused the person (Vaadin's access check, before any view is built). */
    private boolean refusedByRoute(String location) {
        try {
            navigate(location);
            return _find(SelfAssessmentView.class).isEmpty() && _find(LeaderReviewView.class).isEmpty();
        } catch (RuntimeException | AssertionError refused) {
            // Karibu reports the route's refusal as an exception, or (with a query in the address) as its error page.
            return String.valueOf(refused.getMessage()).contains("AccessDenied")
                    || refused instanceof com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
        }
    }

    private void fillAll() {
        SelfAssessment opened = assessments.open(HAI_PHONG, round, "T34-31");
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (!sub.selfScored()) {
                continue;
            }
            SelfScore answer;
            if (sub.rule() instanceof ScoringRule.YesNo) {
                answer = new SelfScore.Done(true);
            } else if (sub.rule() instanceof ScoringRule.Tiered tiered) {
                answer = new SelfScore.Level(tiered.levels().get(0).key());
            } else {
                Map<String, String> figures = new HashMap<>();
                ((ScoringRule.Formula) sub.rule()).figures().forEach(f -> figures.put(f.id(), "10"));
                answer = new SelfScore.Figures(figures);
            }
            assessments.score(HAI_PHONG, round, "T34-31", sub.code(), answer, "Lưu tại Sở Nội vụ", 0);
        }
    }
}
