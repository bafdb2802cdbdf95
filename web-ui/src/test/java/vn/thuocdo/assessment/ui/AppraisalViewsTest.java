package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.Appraisals;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.assessment.process.AssessmentShortcut;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appraiser's screen, the unit's explanation and the per-criterion timeline, through Karibu on the real context
 * and PostgreSQL: Hải Phòng submitted (every sub-criterion at full marks), the demo appraiser assigned to it.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class AppraisalViewsTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2045);
    static final String HAI_PHONG = "T34-31";
    static final Actor OFFICER = new Actor("haiphong", "Trần Văn Nam", HAI_PHONG, Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor LEADER = new Actor("lanhdao.haiphong", "Phạm Quốc Hùng", HAI_PHONG, Set.of(Role.UNIT_LEADER));
    static final Actor APPRAISER = new Actor("thamdinh", "Đỗ Minh Tuấn", "BO-BNV", Set.of(Role.APPRAISER));

    @Autowired Rounds rounds;
    @Autowired SelfAssessments assessments;
    @Autowired Appraisals appraisals;
    @Autowired AssessmentShortcut shortcut;
    @Autowired AuditLog audit;

    String round;

    @BeforeEach
    void haiPhongSubmittedAndTheDemoAppraiserAssigned() {
        round = aRound(List.of(HAI_PHONG, "T34-01"));
        shortcut.submit(round, HAI_PHONG, OFFICER, LEADER);
        appraisals.assign(TestActors.COORDINATOR, round, HAI_PHONG, APPRAISER);
    }

    @Test
    void anAdjustedScoreWithoutAReasonIsRefusedAndNothingIsSavedWithOneTheAreaSumsFollow() {
        signIn("thamdinh");
        navigate("assessment/appraise?round=" + round + "&unit=" + HAI_PHONG);
        AppraiseView view = _get(AppraiseView.class);
        BigDecimal self = appraisals.open(APPRAISER, round, HAI_PHONG).selfTotals().get("");
        AppraisalRow.Stage tier = view.rows.get("1.1.1").appraised;
        assertThat(_get(Div.class, spec -> spec.withId("self-1.1.1")).getElement().getTextRecursively()).endsWith("— 0,5 điểm");

        tier.input.level.setValue(levels("1.1.1").get(1));
        assertThat(tier.points.getText()).isEqualTo("0,25 điểm");
        _click(tier.save);

        assertThat(tier.message.getText()).isEqualTo("Điểm thẩm định tiêu chí 1.1.1 khác điểm trước đó: cần nêu lý do.");
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG).value("1.1.1").appraisedPoints()).isNull();
        assertThat(assessments.timeline(APPRAISER, round, HAI_PHONG, "1.1.1")).hasSize(1);
        assertThat(view.rows.get("1.1.1").adjusted.isVisible()).isFalse();

        tier.reason.setValue("Kế hoạch ban hành chậm 5 ngày so với quy định");
        _click(tier.save);

        assertThat(tier.message.getText()).isEqualTo("Đã lưu tiêu chí 1.1.1.");
        assertThat(view.rows.get("1.1.1").adjusted.isVisible()).isTrue();
        assertThat(view.totals.getText()).isEqualTo("Tổng điểm: tự chấm " + AssessmentWords.points(self)
                + " · thẩm định " + AssessmentWords.points(self.subtract(new BigDecimal("0.25"))) + " · chốt — / "
                + AssessmentWords.points(appraisals.open(APPRAISER, round, HAI_PHONG).scorecard().selfScoredMaximum())
                + " điểm");
        assertThat(view.areas.get("1").getSummaryText()).contains("tự chấm 9,5 · thẩm định 9,25 · chốt —");
        // Keeping the unit's own value needs no reason.
        _click(view.rows.get("1.2.1").appraised.save);
        assertThat(view.rows.get("1.2.1").appraised.message.getText()).isEqualTo("Đã lưu tiêu chí 1.2.1.");
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG).state()).isEqualTo(AssessmentState.IN_APPRAISAL);
    }

    @Test
    void anAppraiserNotAssignedToAUnitIsRefusedItsScreenAndTheRefusalIsAudited() {
        signIn("thamdinh");
        navigate("assessment/appraise?round=" + round + "&unit=T34-01");

        assertThat(_get(Div.class, spec -> spec.withId("refusal")).getElement().getTextRecursively())
                .contains("không có quyền");
        assertThat(_find(AppraisalRow.class)).isEmpty();
        assertThat(audit.recent(20)).anyMatch(e -> e.actor().equals("thamdinh") && e.outcome().equals(AuditLog.DENIED));

        navigate("assessment/appraisals");
        assertThat(_get(AppraisalsView.class).list.getElement().getTextRecursively())
                .contains("Thành phố Hải Phòng").doesNotContain("Thành phố Hà Nội");
    }

    @Test
    void theAppraiserSendsTheOfficerExplainsTheAppraiserFinalisesAndTheTimelineShowsEveryHandByName() {
        signIn("thamdinh");
        navigate("assessment/appraise?round=" + round + "&unit=" + HAI_PHONG);
        AppraiseView view = _get(AppraiseView.class);
        AppraisalRow.Stage tier = view.rows.get("1.1.1").appraised;
        tier.input.level.setValue(levels("1.1.1").get(1));
        tier.reason.setValue("Kế hoạch ban hành chậm 5 ngày");
        _click(tier.save);
        LocalDate today = TimeZones.today(clock);
        assertThat(view.explanationDue.getValue()).isEqualTo(today.plusDays(7));
        _click(view.send);
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG).state()).isEqualTo(AssessmentState.APPRAISED_SENT);

        switchTo("haiphong");
        // Without a waiting task (h/cycle-e2e) the officer's self-assessment screen links to the explanation.
        navigate("assessment/self?round=" + round);
        com.vaadin.flow.component.html.Anchor link = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("assessment-explain-link"));
        assertThat(link.getHref()).isEqualTo("assessment/explain?round=" + round);
        assertThat(link.getText()).isEqualTo("Xem kết quả thẩm định và giải trình");
        navigate(link.getHref());
        ExplainView explain = _get(ExplainView.class);
        assertThat(explain.rows.keySet()).containsExactly("1.1.1");
        assertThat(explain.banner.getElement().getTextRecursively())
                .startsWith("Hạn giải trình: " + vn.thuocdo.web.Formats.date(today.plusDays(7)));
        assertThat(_get(Div.class, spec -> spec.withId("explain-reason-1.1.1")).getElement().getTextRecursively())
                .isEqualTo("Lý do của tổ thẩm định: Kế hoạch ban hành chậm 5 ngày");
        explain.rows.get("1.1.1").explanation.setValue("Kế hoạch ban hành đúng hạn, văn bản đính kèm ghi nhầm ngày");
        _click(explain.send);
        assertThat(explain.send.isVisible()).isFalse();
        assertThat(explain.rows.get("1.1.1").explanation.isReadOnly()).isTrue();
        assertThat(explain.banner.getElement().getTextRecursively()).startsWith("Đã gửi giải trình");

        switchTo("thamdinh");
        navigate("assessment/appraise?round=" + round + "&unit=" + HAI_PHONG);
        view = _get(AppraiseView.class);
        assertThat(_get(Div.class, spec -> spec.withId("explanation-1.1.1")).getElement().getTextRecursively())
                .isEqualTo("Giải trình của đơn vị: Kế hoạch ban hành đúng hạn, văn bản đính kèm ghi nhầm ngày");
        AppraisalRow.Stage last = view.rows.get("1.1.1").finalScore;
        last.input.level.setValue(levels("1.1.1").get(0));
        _click(last.save);
        assertThat(last.message.getText()).isEqualTo("Điểm thẩm định tiêu chí 1.1.1 khác điểm trước đó: cần nêu lý do.");
        last.reason.setValue("Chấp nhận giải trình của đơn vị");
        _click(last.save);
        assertThat(last.message.getText()).isEqualTo("Đã lưu tiêu chí 1.1.1.");
        _click(view.finalise);
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG).state()).isEqualTo(AssessmentState.FINAL);
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG).value("1.1.1").finalPoints()).isEqualByComparingTo("0.5");

        ValueTimeline timeline = (ValueTimeline) _get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("timeline-open-1.1.1"));
        _click(timeline);
        String shown = _get(Div.class, spec -> spec.withId("timeline-1.1.1")).getElement().getTextRecursively();
        assertThat(shown).containsSubsequence("Chốt điểm · 0,5 điểm · Đỗ Minh Tuấn, lúc ",
                "Lý do: Chấp nhận giải trình của đơn vị",
                "Giải trình · Trần Văn Nam, lúc ", "Giải trình: Kế hoạch ban hành đúng hạn",
                "Thẩm định · 0,25 điểm · Đỗ Minh Tuấn, lúc ", "Lý do: Kế hoạch ban hành chậm 5 ngày",
                "Tự chấm · 0,5 điểm · Trần Văn Nam, lúc ", "Ghi chú: Lưu tại Sở Nội vụ");
        assertThat(shown).doesNotContain("thamdinh").doesNotContain("haiphong")
                .containsPattern("lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
    }

    @Test
    void pastTheDeadlineTheExplanationIsReadOnlyAndAnotherUnitsOfficerCannotOpenIt() {
        appraisals.appraise(APPRAISER, round, HAI_PHONG, "1.2.1", new vn.thuocdo.forms.scorecard.SelfScore.Done(false),
                "Không có quyết định");
        appraisals.sendToUnit(APPRAISER, round, HAI_PHONG, TimeZones.today(clock).plusDays(2));
        clock.advance(Duration.ofDays(3));

        signIn("haiphong");
        navigate("assessment/explain?round=" + round);
        ExplainView explain = _get(ExplainView.class);
        assertThat(explain.banner.getElement().getTextRecursively()).startsWith("Đã quá hạn giải trình");
        assertThat(explain.send.isVisible()).isFalse();
        assertThat(explain.rows.get("1.2.1").explanation.isReadOnly()).isTrue();

        String haiPhongOnly = aRound(List.of(HAI_PHONG));
        switchTo("hanoi");
        navigate("assessment/explain?round=" + haiPhongOnly);
        assertThat(_get(Div.class, spec -> spec.withId("refusal")).getElement().getTextRecursively())
                .contains("không có quyền");
        assertThat(_find(ExplanationRow.class)).isEmpty();
    }

    @Test
    void surveyAssessedCriteriaShowNoIndividualAnswersOnEitherScreen() {
        appraisals.appraise(APPRAISER, round, HAI_PHONG, "1.2.1", new vn.thuocdo.forms.scorecard.SelfScore.Done(false),
                "Không có quyết định");
        signIn("thamdinh");
        navigate("assessment/appraise?round=" + round + "&unit=" + HAI_PHONG);
        AppraisalRow survey = _get(AppraiseView.class).rows.get("8.1.1");
        assertThat(survey.appraised).isNull();
        assertThat(survey.getElement().getTextRecursively()).endsWith("Do điều tra xã hội học đánh giá, đơn vị không tự chấm");
        assertThat(_find(survey, com.vaadin.flow.component.grid.Grid.class)).isEmpty();
        appraisals.sendToUnit(APPRAISER, round, HAI_PHONG, null);

        switchTo("haiphong");
        navigate("assessment/explain?round=" + round);
        assertThat(_get(ExplainView.class).rows.keySet()).containsExactly("1.2.1");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
    }

    private String aRound(List<String> units) {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        return rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thẩm định trên màn hình", RoundLevel.NATIONAL,
                units, "sampling-request@1", samplingDue, 3, Map.of("assessment", samplingDue.plusDays(60))),
                TestActors.COORDINATOR).id();
    }

    private List<ScoringRule.Level> levels(String code) {
        SelfAssessment opened = appraisals.open(APPRAISER, round, HAI_PHONG);
        return ((ScoringRule.Tiered) opened.scorecard().subCriterion(code).orElseThrow().rule()).levels();
    }
}
