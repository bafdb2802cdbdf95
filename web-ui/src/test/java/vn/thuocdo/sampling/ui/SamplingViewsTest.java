package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.inbox.InboxView;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingRequest;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.SamplingState;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class SamplingViewsTest extends KaribuTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2040);

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;
    @Autowired AuditLog audit;
    @Autowired vn.thuocdo.audit.AuditTrail trail;

    private Round round;

    @BeforeEach
    void launchARoundForHaiPhongAndHaNoi() {
        round = rounds.launchNew(new NewRound(YEAR.getAndIncrement(), "Đợt thử giao diện", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(7)), TestActors.COORDINATOR);
    }

    @Test
    void anEmptySubmissionShowsEachFieldsReasonInVietnameseAndSavesNothing() {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        _click(_get(Button.class, spec -> spec.withId("submit")));

        expectNotifications("Chưa nộp được: có 8 mục cần sửa (đánh dấu đỏ bên dưới).");
        TextField communes = _get(TextField.class, spec -> spec.withId("field-communes"));
        assertThat(communes.isInvalid()).isTrue();
        assertThat(communes.getErrorMessage()).isEqualTo("Số xã, phường, đặc khu: bắt buộc nhập.");
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.REQUESTED);
        assertThat(_get(Button.class, spec -> spec.withId("submit")).isEnabled()).isTrue();
    }

    @Test
    void aCompleteSubmissionGoesToTheCoordinatorWhoReturnsItWithAReasonTheOfficerThenReads() {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        fillCompleteForm();
        _click(_get(Button.class, spec -> spec.withId("submit")));
        expectNotifications("Đã nộp thông tin chọn mẫu. Bộ Nội vụ sẽ xem xét.");
        _get(InboxView.class);
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.SUBMITTED);

        switchTo("dieuphoi");
        navigate("sampling/review/" + taskOf(TestActors.COORDINATOR));
        _click(_get(Button.class, spec -> spec.withId("return")));
        expectNotifications("Vui lòng ghi lý do chung (ít nhất 10 ký tự) hoặc ghi chú theo dòng để đơn vị biết cần sửa gì.");
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.SUBMITTED);

        _get(TextArea.class, spec -> spec.withId("reason")).setValue("Số thôn không khớp với Phụ lục 1.");
        _click(_get(Button.class, spec -> spec.withId("return")));
        expectNotifications("Đã trả lại Thành phố Hải Phòng kèm lý do.");

        switchTo("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        assertThat(_get(Div.class, spec -> spec.withId("returned-reason")).getElement().getTextRecursively())
                .contains("Số thôn không khớp với Phụ lục 1.");
        assertThat(_get(TextField.class, spec -> spec.withId("field-villages")).getValue()).isEqualTo("2300");
    }

    @Test
    void theCoordinatorApprovesAndTheUnitHasNothingLeftToDo() {
        sampling.submit(taskOf(TestActors.HAI_PHONG), SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        signIn("dieuphoi");
        navigate("sampling/review/" + taskOf(TestActors.COORDINATOR));
        assertThat(_get(YearComparison.class).getElement().getTextRecursively())
                .contains("Không có số liệu đã được chấp thuận của năm trước để so sánh.");
        _click(_get(Button.class, spec -> spec.withId("approve")));
        expectNotifications("Đã chấp thuận thông tin chọn mẫu của Thành phố Hải Phòng.");
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.APPROVED);
        assertThat(tasks.countInbox(TestActors.HAI_PHONG, new InboxFilter(round.id(), null))).isZero();
    }

    @Test
    void anotherProvincesTaskIdInTheUrlIsRefusedWithAClearMessageAndAudited() {
        String haiPhongTask = taskOf(TestActors.HAI_PHONG);
        signIn("hanoi");
        navigate("sampling/submit/" + haiPhongTask);
        assertThat(_get(Div.class, spec -> spec.withId("refusal")).getElement().getTextRecursively())
                .isEqualTo("Bạn không có quyền thực hiện thao tác này hoặc xem dữ liệu của đơn vị khác.");
        _assertNone(Button.class, spec -> spec.withId("submit"));
        // Exactly one event, though the refusal crossed two capabilities (sampling, then workflow).
        assertThat(trail.find(new vn.thuocdo.audit.AuditQuery("hanoi", null, "call", null, null), 0, 50))
                .filteredOn(e -> ("task:" + haiPhongTask).equals(e.target())).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("hanoi");
                    assertThat(e.who()).isEqualTo("Lê Thị Mai");
                    assertThat(e.unitId()).isEqualTo("T34-01");
                    assertThat(e.outcome()).isEqualTo(AuditLog.DENIED);
                });
    }

    @Test
    void aTaskCompletedMeanwhileIsRefusedAsDoneWhenSubmittedAgain() {
        String task = taskOf(TestActors.HAI_PHONG);
        signIn("haiphong");
        navigate("sampling/submit/" + task);
        fillCompleteForm();
        // A colleague of the same unit submits first, from another browser.
        sampling.submit(task, SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(_get(Div.class, spec -> spec.withId("refusal")).getElement().getTextRecursively())
                .startsWith("Nhiệm vụ này đã được hoàn thành");
        assertThat(requestOf("T34-31").revision()).isEqualTo(1);
    }

    @Test
    void aLateSubmissionIsAnnouncedAndAccepted() {
        clock.advance(Duration.ofDays(9));
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        assertThat(_get(Div.class, spec -> spec.withId("late-warning")).getElement().getTextRecursively())
                .startsWith("Đã quá hạn.");
        fillCompleteForm();
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(requestOf("T34-31").submittedLate()).isTrue();
    }

    @Test
    void anOfficerCannotOpenTheReviewView() {
        sampling.submit(taskOf(TestActors.HAI_PHONG), SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        signIn("haiphong");
        String review = taskOf(TestActors.COORDINATOR);
        assertRefused("sampling/review/" + review, SamplingReviewView.class);
    }

    private void fillCompleteForm() {
        SamplingAnswersForTests.complete().forEach((key, value) -> {
            var field = _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("field-" + key));
            @SuppressWarnings("unchecked")
            var input = (com.vaadin.flow.component.HasValue<?, String>) field;
            input.setValue(value);
        });
    }

    private String taskOf(vn.thuocdo.identity.Actor actor) {
        return tasks.inbox(actor, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }

    private SamplingRequest requestOf(String unitId) {
        return sampling.forRound(round.id()).stream().filter(r -> r.unitId().equals(unitId)).findFirst().orElseThrow();
    }
}
