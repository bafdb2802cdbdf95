package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
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
        _fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("Vui lòng ghi lý do chung (ít nhất 10 ký tự) hoặc ghi chú theo dòng để đơn vị biết cần sửa gì.");
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.SUBMITTED);

        _get(TextArea.class, spec -> spec.withId("reason")).setValue("Số thôn không khớp với Phụ lục 1.");
        _click(_get(Button.class, spec -> spec.withId("return")));
        _fireConfirm(_get(ConfirmDialog.class));
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
        ConfirmDialog sure = _get(ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader(sure))
                .isEqualTo("Chấp thuận thông tin chọn mẫu của Thành phố Hải Phòng?");
        assertThat(sure.getElement().getProperty("cancelText")).isEqualTo("Quay lại");
        // Going back decides nothing; the second time it is meant.
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(sure);
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.SUBMITTED);
        _click(_get(Button.class, spec -> spec.withId("approve")));
        _fireConfirm(_get(ConfirmDialog.class));
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

    @Test
    void aReturnReasonOverTheLimitIsRefusedOnScreenAndByTheCapabilityNeverCutNorAServerError() {
        sampling.submit(taskOf(TestActors.HAI_PHONG), SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        String review = taskOf(TestActors.COORDINATOR);
        String tooLong = "Số thôn không khớp. ".repeat(250);
        // The capability refuses with its own message: before, the database refused with a server error.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sampling.sendBack(review, tooLong, TestActors.COORDINATOR))
                .isInstanceOfSatisfying(vn.thuocdo.shared.Rejected.class,
                        r -> assertThat(r.key()).isEqualTo("sampling.reasonTooLong"));
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.SUBMITTED);

        signIn("dieuphoi");
        navigate("sampling/review/" + review);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reason"));
        assertThat(reason.getHelperText()).isEqualTo("0/2.000 ký tự");
        reason.setValue(tooLong);
        _click(_get(Button.class, spec -> spec.withId("return")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Tối đa 2.000 ký tự; nội dung hiện có 5.000 ký tự.");
        assertThat(reason.getValue()).hasSize(5000);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(ConfirmDialog.class);
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.SUBMITTED);
    }

    @Test
    void theOfficerReadsWhatWasSubmittedAndThatItCameBackAfterTheTaskLeftTheInbox() {
        signIn("haiphong");
        navigate("inbox");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(inboxGrid(), 0, "task")
                .getElement().getTextRecursively()).as("a first request is not labelled").isEqualTo("Cung cấp thông tin chọn mẫu");
        sampling.submit(taskOf(TestActors.HAI_PHONG), SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        navigate("sampling/requests");
        SamplingRequestsView mine = _get(SamplingRequestsView.class);
        assertThat(mine.grid.getListDataView().getItems()).anySatisfy(r -> {
            assertThat(r.round().id()).isEqualTo(round.id());
            assertThat(r.request().state()).isEqualTo(SamplingState.SUBMITTED);
        });
        navigate("sampling/request?round=" + round.id() + "&unit=T34-31");
        assertThat(_get(Span.class, spec -> spec.withId("request-state")).getText()).isEqualTo("Chờ xem xét");
        String shown = _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("request-answers"))
                .getElement().getTextRecursively();
        assertThat(shown).contains("650.000").doesNotContain("650000");

        sampling.sendBack(taskOf(TestActors.COORDINATOR), "Số thôn không khớp với Phụ lục 1.", TestActors.COORDINATOR);
        navigate("sampling/request?round=" + round.id() + "&unit=T34-31");
        assertThat(_get(Span.class, spec -> spec.withId("request-state")).getText()).isEqualTo("Bị trả lại");
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-return-reason")).getText())
                .isEqualTo("Lý do trả lại: Số thôn không khớp với Phụ lục 1.");

        // In the inbox the corrected submission's task says it came back.
        navigate("inbox");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(inboxGrid(), 0, "task")
                .getElement().getTextRecursively()).isEqualTo("Cung cấp thông tin chọn mẫuBị trả lại");
    }

    @Test
    void anOfficerOfAnotherUnitCannotReadTheRequestAndTheRefusalIsAudited() {
        sampling.submit(taskOf(TestActors.HAI_PHONG), SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        signIn("hanoi");
        navigate("sampling/request?round=" + round.id() + "&unit=T34-31");
        assertThat(_get(Div.class, spec -> spec.withId("refusal")).getElement().getTextRecursively()).isNotBlank();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Span.class, spec -> spec.withId("request-state"));
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("hanoi");
            assertThat(e.outcome()).isEqualTo(AuditLog.DENIED);
            assertThat(e.target()).isEqualTo(round.id() + "/T34-31");
        });
        // The coordinator who organises the round opens it.
        switchTo("dieuphoi");
        navigate("sampling/request?round=" + round.id() + "&unit=T34-31");
        assertThat(_get(Span.class, spec -> spec.withId("request-state")).getText()).isEqualTo("Chờ xem xét");
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<vn.thuocdo.workflow.WorkItem> inboxGrid() {
        // This test's round only: the officer also has the other tests' rounds in the inbox.
        com.vaadin.flow.component.combobox.ComboBox<Round> filter =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("filter-round"));
        filter.setValue(filter.getListDataView().getItems().filter(r -> r.id().equals(round.id())).findFirst()
                .orElseThrow());
        return _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("inbox"));
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
