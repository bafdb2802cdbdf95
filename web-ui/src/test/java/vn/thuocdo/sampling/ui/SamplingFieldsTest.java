package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.Answers;
import vn.thuocdo.forms.Field;
import vn.thuocdo.forms.FieldType;
import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.Text;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.ReturnNote;
import vn.thuocdo.sampling.SamplingRequest;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.SamplingState;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.web.Languages;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The submit screen's fields as the officer types into them: numbers are read, never rewritten; text is never cut. */
class SamplingFieldsTest extends KaribuTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2050);

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;

    private Round round;

    @BeforeEach
    void launchARoundForHaiPhong() {
        round = rounds.launchNew(new NewRound(YEAR.getAndIncrement(), "Đợt thử các mục", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(7)), TestActors.COORDINATOR);
    }

    @Test
    void aDecimalANegativeAndAnExponentAreShownWithTheReasonTheyAreRefused() {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        fillComplete();
        field("communes").setValue("1.5");
        field("villages").setValue("-5");
        field("households").setValue("1e9");
        field("population").setValue("2.100.000");
        submit();

        assertThat(field("communes").getValue()).isEqualTo("1.5");
        assertThat(field("communes").getErrorMessage())
                .isEqualTo("Số xã, phường, đặc khu: giá trị 1.5 không phải số nguyên: mục này không nhận phần thập phân.");
        assertThat(field("villages").getValue()).isEqualTo("-5");
        assertThat(field("villages").getErrorMessage()).isEqualTo("Số thôn, tổ dân phố: không được nhỏ hơn 1.");
        assertThat(field("households").getErrorMessage())
                .isEqualTo("Tổng số hộ: giá trị 1e9 viết dạng lũy thừa (e); hãy viết đầy đủ các chữ số.");
        assertThat(field("population").isInvalid()).isFalse();
        assertThat(request().state()).isEqualTo(SamplingState.REQUESTED);
    }

    @Test
    void aDecimalWhereTheFieldGroupsThousandsSaysItIsNotAWholeNumber() {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        fillComplete();
        field("households").setValue("1,5");
        submit();
        assertThat(field("households").getErrorMessage())
                .isEqualTo("Tổng số hộ: giá trị 1,5 không phải số nguyên: mục này không nhận phần thập phân.");
    }

    @Test
    void aLongNoteIsCountedAndRefusedNotCut() {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        fillComplete();
        TextArea note = _get(TextArea.class, spec -> spec.withId("field-note"));
        note.setValue("Ghi chú");
        assertThat(_get(Span.class, spec -> spec.withId("counter-note")).getText()).isEqualTo("7/2000");
        note.setValue("x".repeat(2001));
        assertThat(_get(Span.class, spec -> spec.withId("counter-note")).getText()).isEqualTo("2001/2000");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Ghi chú: tối đa 2.000 ký tự (đang có 2.001); vui lòng rút gọn.");
        submit();
        assertThat(note.getValue()).hasSize(2001);
        assertThat(request().state()).isEqualTo(SamplingState.REQUESTED);
    }

    @Test
    void theFieldsAReturnCarriesNotesOnAreHighlightedWithTheNoteUnderThem() {
        sampling.submit(taskOf(TestActors.HAI_PHONG), SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        sampling.sendBack(taskOf(TestActors.COORDINATOR), null,
                List.of(ReturnNote.onField("villages", "Số thôn khác với Phụ lục 1 (2.310).")), TestActors.COORDINATOR);
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        assertThat(field("villages").getClassNames()).contains("td-noted");
        assertThat(field("villages").getHelperComponent().getElement().getTextRecursively())
                .contains("Số thôn khác với Phụ lục 1 (2.310).");
        assertThat(field("communes").getClassNames()).doesNotContain("td-noted");
        assertThat(field("villages").getValue()).isEqualTo("2300");
    }

    @Test
    void theReviewShowsNumbersTheVietnameseWay() {
        sampling.submit(taskOf(TestActors.HAI_PHONG), SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        signIn("dieuphoi");
        navigate("sampling/review/" + taskOf(TestActors.COORDINATOR));
        assertThat(field("households").getValue()).isEqualTo("650.000");
        assertThat(field("population").getValue()).isEqualTo("2.100.000");
        assertThat(field("contactPhone").getValue()).isEqualTo("0912345678");
    }

    @Test
    void datesChoicesAndDecimalsAreEnteredByTypeAndReadByTheForm() {
        Text label = new Text("Mục", "Item");
        FormDefinition form = new FormDefinition("every-type", 1, label, null, List.of(
                new Field("rate", new Text("Tỷ lệ", "Rate"), null, FieldType.DECIMAL, true, 0L, 100L, null, null, 1, null),
                new Field("day", new Text("Ngày", "Day"), null, FieldType.DATE, true, null, null, null),
                new Field("level", new Text("Cấp", "Level"), null, FieldType.CHOICE, true, null, null, null, null, null,
                        List.of(new Option("province", new Text("Cấp tỉnh", "Province")),
                                new Option("commune", new Text("Cấp xã", "Commune"))))));
        SamplingFields fields = new SamplingFields(form, Answers.none(), false, Languages.VIETNAMESE);
        ((TextField) fields.getChildren().filter(c -> c.getId().orElse("").equals("field-rate")).findFirst()
                .orElseThrow()).setValue("12,5");
        fields.getChildren().filter(DatePicker.class::isInstance).map(DatePicker.class::cast).findFirst().orElseThrow()
                .setValue(LocalDate.of(2025, 12, 31));
        @SuppressWarnings("unchecked")
        Select<String> level = fields.getChildren().filter(Select.class::isInstance).map(Select.class::cast)
                .findFirst().orElseThrow();
        assertThat(level.getItemLabelGenerator().apply("commune")).isEqualTo("Cấp xã");
        level.setValue("commune");

        Answers answers = form.read(fields.values()).answers();
        assertThat(answers.get("rate")).contains(new Answer.Decimal(new java.math.BigDecimal("12.5")));
        assertThat(answers.get("day")).contains(new Answer.Day(LocalDate.of(2025, 12, 31)));
        assertThat(answers.get("level")).contains(new Answer.Choice("commune"));

        SamplingFields shown = new SamplingFields(form, answers, true, Languages.VIETNAMESE);
        assertThat(((TextField) shown.getChildren().findFirst().orElseThrow()).getValue()).isEqualTo("12,5");
    }

    private void fillComplete() {
        SamplingAnswersForTests.complete().forEach((key, value) -> {
            @SuppressWarnings("unchecked")
            var input = (com.vaadin.flow.component.HasValue<?, String>) _get(com.vaadin.flow.component.Component.class,
                    spec -> spec.withId("field-" + key));
            input.setValue(value);
        });
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("submit")));
        clearNotifications();
    }

    private static TextField field(String key) {
        return _get(TextField.class, spec -> spec.withId("field-" + key));
    }

    private String taskOf(vn.thuocdo.identity.Actor actor) {
        return tasks.inbox(actor, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }

    private SamplingRequest request() {
        return sampling.forRound(round.id()).get(0);
    }
}
