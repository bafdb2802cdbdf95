package vn.thuocdo.improvement.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.assessment.ui.AppraiseView;
import vn.thuocdo.assessment.ui.SelfAssessmentView;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.improvement.ImprovementPlan;
import vn.thuocdo.improvement.ImprovementPlans;
import vn.thuocdo.improvement.PlanEntry;
import vn.thuocdo.improvement.PlanRow;
import vn.thuocdo.improvement.PlanState;
import vn.thuocdo.improvement.PublicationFixture;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.web.TaskRefusal;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.improvement.PublicationFixture.Row.area;
import static vn.thuocdo.improvement.PublicationFixture.Row.element;

/**
 * The improvement plans' screens through Karibu on the real context and PostgreSQL: the officers' draft from their
 * task (published values, refusals shown and nothing saved, submit), the leader's return and sign-off, the
 * coordinator's list and read-only plan, another unit refused, last year's plan beside the new self-assessment and
 * appraisal. Publications are written as data and their event raised, as the publication service does.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class ImprovementPlanViewsTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2141);
    static final String HAI_PHONG = "T34-31";
    static final String HA_NOI = "T34-01";
    static final Actor OFFICER = new Actor("haiphong", "Trần Văn Nam", HAI_PHONG, Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor LEADER = new Actor("lanhdao.haiphong", "Phạm Quốc Hùng", HAI_PHONG, Set.of(Role.UNIT_LEADER));

    @Autowired ImprovementPlans plans;
    @Autowired Tasks tasks;
    @Autowired SelfAssessments assessments;
    @Autowired JdbcClient db;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;

    PublicationFixture fixture;
    int year;
    String round;

    @BeforeEach
    void aPublishedRound() {
        fixture = new PublicationFixture(db, transaction, events);
        year = YEARS.getAndIncrement();
        round = fixture.round(year, HAI_PHONG, HA_NOI);
        fixture.finalPoints(round, HAI_PHONG, Map.of("2.3", 0.0));
        fixture.publish(round, year, 1, null, area(HAI_PHONG, "1", "9.00", "9.50"), area(HAI_PHONG, "2", "5.40", "9.00"),
                area(HAI_PHONG, "3", "12.00", "13.00"), element(HAI_PHONG, "feedback", 0.72),
                element(HAI_PHONG, "access", 0.9), area(HA_NOI, "1", "5.00", "9.50"), area(HA_NOI, "3", "12", "13"));
    }

    private ImprovementPlan haiPhong() {
        return plans.newest(OFFICER, round, HAI_PHONG).orElseThrow();
    }

    private LocalDate inDays(int days) {
        return TimeZones.today(clock).plusDays(days);
    }

    private void submitted(ImprovementPlan plan) {
        plans.submit(OFFICER, plan.id(), plan.rowVersion(), plan.items().stream()
                .map(i -> new PlanEntry(i.itemNo(), "Tập huấn cán bộ đầu mối " + i.code(), "Văn phòng UBND",
                        inDays(120))).toList());
    }

    @Test
    void theOfficersDraftFromTheirTaskAreToldWhatIsWrongAndSubmit() {
        WorkItem task = tasks.inbox(OFFICER, new InboxFilter(round, null), 0, 20).stream()
                .filter(t -> t.formKey().equals("improvement/plan")).findFirst().orElseThrow();
        assertThat(task.name()).isEqualTo("Lập kế hoạch khắc phục");
        signIn("haiphong");
        navigate("improvement/plan/" + task.taskId());
        ImprovementPlanView view = _get(ImprovementPlanView.class);
        assertThat(view.editors).hasSize(4);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-value-1")).getText())
                .isEqualTo("Kết quả đã công bố: 5,4 / 9 điểm (60,0%)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-value-3")).getText())
                .isEqualTo("Kết quả đã công bố: Tỷ lệ hài lòng 72,0%");

        view.editors.get(0).measures.setValue("Rà soát văn bản quy phạm pháp luật");
        view.editors.get(0).responsible.setValue("Sở Tư pháp");
        view.editors.get(0).due.setValue(inDays(60));
        _click(view.submit);
        expectNotifications("Nội dung 3: chưa nhập giải pháp khắc phục.");
        view.editors.forEach(editor -> {
            editor.measures.setValue("Biện pháp cho " + editor.code());
            editor.responsible.setValue("Văn phòng UBND");
            editor.due.setValue(inDays(0));
        });
        _click(view.save);
        expectNotifications("Nội dung 2: thời hạn phải sau hôm nay (" + vn.thuocdo.web.Formats.date(inDays(0)) + ").");
        assertThat(haiPhong().items()).allSatisfy(i -> assertThat(i.measures()).isNull());

        view.editors.forEach(editor -> editor.due.setValue(inDays(45)));
        _click(view.submit);
        expectNotifications("Đã gửi kế hoạch để lãnh đạo ký duyệt.");
        assertThat(haiPhong().state()).isEqualTo(PlanState.SUBMITTED);
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("plan-state")).getElement().getTextRecursively())
                .isEqualTo("Chờ lãnh đạo ký duyệt");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-answer-1")).getText())
                .contains("Biện pháp cho 2", "Văn phòng UBND", vn.thuocdo.web.Formats.date(inDays(45)));
        assertThat(_find(Paragraph.class, spec -> spec.withId("plan-read-only"))).hasSize(1);
    }

    @Test
    void theLeaderReturnsWithAReasonThenSignsOffAndThePlanIsReadOnly() {
        ImprovementPlan plan = haiPhong();
        submitted(plan);
        signIn("lanhdao.haiphong");
        navigate("improvement/plan?plan=" + plan.id());
        ImprovementPlanView view = _get(ImprovementPlanView.class);
        _click(view.sendBack);
        expectNotifications("Hãy nhập lý do.");
        view.reason.setValue("Thời hạn tiêu chí 2.3 chưa khả thi");
        _click(view.sendBack);
        expectNotifications("Đã trả lại kế hoạch cho chuyên viên.");
        assertThat(haiPhong().returnedReason()).isEqualTo("Thời hạn tiêu chí 2.3 chưa khả thi");

        switchTo("haiphong");
        navigate("improvement/plan?plan=" + plan.id());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("plan-returned")).getElement()
                .getTextRecursively()).contains("Thời hạn tiêu chí 2.3 chưa khả thi");
        ImprovementPlan returned = haiPhong();
        plans.submit(OFFICER, plan.id(), returned.rowVersion(), List.of());

        switchTo("lanhdao.haiphong");
        navigate("improvement/plan?plan=" + plan.id());
        _click(_get(ImprovementPlanView.class).signOff);
        expectNotifications("Đã ký duyệt kế hoạch khắc phục.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-signed-off")).getText())
                .startsWith("Ký duyệt bởi Phạm Quốc Hùng lúc ");
        assertThat(_find(Paragraph.class, spec -> spec.withId("plan-read-only"))).hasSize(1);
        assertThat(_get(Details.class, spec -> spec.withId("plan-history")).getElement().getTextRecursively())
                .contains("trả lại: Thời hạn tiêu chí 2.3 chưa khả thi", "ký duyệt");
    }

    @Test
    void theCoordinatorSeesEveryUnitsPlanAndAnotherUnitsOfficerNone() {
        ImprovementPlan plan = haiPhong();
        submitted(plan);
        signIn("dieuphoi");
        navigate("improvement/plans?round=" + round);
        ImprovementPlansView list = _get(ImprovementPlansView.class);
        @SuppressWarnings("unchecked")
        Grid<PlanRow> grid = list.grid;
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(grid.getListDataView().getItems().map(PlanRow::unitId).toList()).containsExactly(HA_NOI, HAI_PHONG);
        _click((com.vaadin.flow.component.button.Button) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid, 1, "open"));
        ImprovementPlanView view = _get(ImprovementPlanView.class);
        assertThat(view.plan.id()).isEqualTo(plan.id());
        assertThat(_find(Paragraph.class, spec -> spec.withId("plan-read-only"))).hasSize(1);
        assertThat(view.save.isAttached()).isFalse();

        switchTo("hanoi");
        navigate("improvement/plan?plan=" + plan.id());
        assertThat(_find(TaskRefusal.class)).hasSize(1);
        switchTo("dieuphoi.haiphong");
        navigate("improvement/plans");
        assertThat(_get(ImprovementPlansView.class).grid.isVisible()).isFalse();
    }

    @Test
    void lastYearsSignedOffPlanIsBesideTheNewSelfAssessmentAndAppraisal() {
        ImprovementPlan plan = haiPhong();
        submitted(plan);
        plans.signOff(LEADER, plan.id());
        // The next year's round: "last year" is counted from its year (another test's round may share that year,
        // but no other test signs off a plan of this test's year).
        String next = fixture.round(year + 1, HAI_PHONG, HA_NOI);
        assessments.ensure(next, HAI_PHONG);
        db.sql("insert into appraisal_assignment (round_id, unit_id, appraiser, appraiser_name, appraiser_unit,"
                + " assigned_by, assigned_at) values (?, ?, 'thamdinh', 'Đỗ Minh Tuấn', 'BO-BNV', 'dieuphoi',"
                + " current_timestamp)").params(next, HAI_PHONG).update();

        signIn("haiphong");
        navigate("assessment/self?round=" + next);
        _get(SelfAssessmentView.class);
        Details panel = _get(Details.class, spec -> spec.withId("previous-plan"));
        assertThat(panel.isOpened()).isFalse();
        assertThat(panel.getSummaryText()).isEqualTo("Kế hoạch khắc phục năm " + year + " (4 nội dung)");
        assertThat(panel.getElement().getTextRecursively()).contains("Tập huấn cán bộ đầu mối 2.3",
                "ký duyệt bởi Phạm Quốc Hùng");

        switchTo("thamdinh");
        navigate("assessment/appraise?round=" + next + "&unit=" + HAI_PHONG);
        _get(AppraiseView.class);
        assertThat(_find(Details.class, spec -> spec.withId("previous-plan"))).hasSize(1);

        switchTo("hanoi");
        navigate("assessment/self?round=" + next);
        assertThat(_find(Details.class, spec -> spec.withId("previous-plan"))).isEmpty();
    }
}
