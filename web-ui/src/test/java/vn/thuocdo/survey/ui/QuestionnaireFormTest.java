package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Response;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.web.Languages;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.survey.ui.PreviewTestQuestionnaire.byId;

/** The renderer on its own, as the online survey and fieldwork will use it: skip logic live, answers raw and typed. */
class QuestionnaireFormTest extends KaribuTest {

    private QuestionnaireForm form;

    @BeforeEach
    void showTheTestQuestionnaire() {
        form = new QuestionnaireForm(PreviewTestQuestionnaire.parsed(), Languages.VIETNAMESE, clock);
        UI.getCurrent().add(form);
    }

    @Test
    void aQuestionAppearsAndDisappearsAsTheAnswerItDependsOnChanges() {
        assertThat(question("age").isVisible()).isFalse();
        choose("respondentType", "citizen");
        assertThat(question("age").isVisible()).isTrue();
        choose("respondentType", "business");
        assertThat(question("age").isVisible()).isFalse();
    }

    @Test
    void anAnswerToAQuestionThatStopsBeingAskedIsEmptiedAndNotSent() {
        choose("respondentType", "citizen");
        byId(TextField.class, "answer-age").setValue("40");
        assertThat(form.answers()).containsEntry("age", "40");
        choose("respondentType", "business");
        assertThat(form.answers()).containsOnlyKeys("respondentType");
        choose("respondentType", "citizen");
        assertThat(byId(TextField.class, "answer-age").getValue()).isEmpty();
    }

    @Test
    void aSectionSkippedByItsConditionIsPassedOverAndNotCounted() {
        assertThat(form.progress()).isEqualTo("Phần 1/2");
        choose("usedService", "yes");
        assertThat(form.progress()).isEqualTo("Phần 1/3");
        _click(byId(com.vaadin.flow.component.button.Button.class, "section-next"));
        assertThat(form.progress()).isEqualTo("Phần 2/3");
        assertThat(byId(Div.class, "section-service").isVisible()).isTrue();
        assertThat(byId(Div.class, "section-profile").isVisible()).isFalse();
    }

    @Test
    void aNumberThatCannotBeReadIsRefusedAtOnceWithTheReasonAndKeptAsTyped() {
        choose("respondentType", "citizen");
        byId(TextField.class, "answer-age").setValue("4O");
        assertThat(byId(Span.class, "error-age").getText()).startsWith("Giá trị 4O không phải là số");
        assertThat(byId(TextField.class, "answer-age").getValue()).isEqualTo("4O");
        byId(TextField.class, "answer-age").setValue("40");
        assertThat(byId(Span.class, "error-age").isVisible()).isFalse();
    }

    @Test
    void notApplicableAndARealAnswerExcludeEachOtherAndNotApplicableIsReadAsNotValid() {
        choose("usedService", "yes");
        choose("access", "4");
        choose("not-valid-access", "na");
        assertThat(byId(RadioButtonGroup.class, "answer-access").getValue()).isNull();
        assertThat(form.answers()).containsEntry("access", "na");
        choose("respondentType", "business");
        Response response = form.read(Completeness.FINAL);
        assertThat(response.errors()).isEmpty();
        assertThat(response.answers()).containsEntry("access", new Answer.NotValid("na"));
        choose("access", "5");
        assertThat(byId(RadioButtonGroup.class, "not-valid-access").getValue()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMultipleChoiceIsSentInTheOrderOfItsList() {
        choose("usedService", "yes");
        CheckboxGroup<String> channels = byId(CheckboxGroup.class, "answer-channels");
        channels.setValue(java.util.Set.of("post", "office"));
        assertThat(form.answers().get("channels")).isEqualTo(List.of("office", "post"));
    }

    @Test
    void refusalsFromTheQuestionnaireAreShownUnderTheirQuestionsAndTheFirstOnesSectionIsTurnedTo() {
        choose("usedService", "yes");
        _click(byId(com.vaadin.flow.component.button.Button.class, "section-next"));
        Response response = form.read(Completeness.FINAL);
        form.showErrors(response.errors());
        assertThat(byId(Span.class, "error-respondentType").getText())
                .isEqualTo("Bắt buộc trả lời.");
        assertThat(byId(Span.class, "error-access").getText())
                .isEqualTo("Bắt buộc trả lời.");
        assertThat(form.progress()).isEqualTo("Phần 1/3");
        choose("respondentType", "citizen");
        assertThat(byId(Span.class, "error-respondentType").isVisible()).isFalse();
    }

    @Test
    void startingAgainEmptiesEveryAnswerAndReturnsToTheFirstSection() {
        choose("usedService", "yes");
        choose("access", "3");
        _click(byId(com.vaadin.flow.component.button.Button.class, "section-next"));
        form.reset();
        assertThat(form.answers()).isEqualTo(Map.of());
        assertThat(form.progress()).isEqualTo("Phần 1/2");
    }

    @Test
    void todayInAConstraintIsTheFormsClockInVietnam() {
        choose("usedService", "yes");
        java.time.LocalDate today = vn.thuocdo.shared.TimeZones.today(clock);
        byId(com.vaadin.flow.component.datepicker.DatePicker.class, "answer-visitDate").setValue(today.plusDays(1));
        assertThat(byId(Span.class, "error-visitDate").getText())
                .isEqualTo("Câu trả lời không thỏa điều kiện của câu hỏi; vui lòng kiểm tra lại.");
        clock.advance(java.time.Duration.ofDays(1));
        assertThat(form.read(Completeness.DRAFT).answers()).containsEntry("visitDate", new Answer.Day(today.plusDays(1)));
    }

    @Test
    void inEnglishTheLabelsProgressAndRefusalsAreEnglish() {
        UI.getCurrent().remove(form);
        form = new QuestionnaireForm(PreviewTestQuestionnaire.parsed(), Languages.ENGLISH, clock);
        UI.getCurrent().add(form);
        assertThat(form.progress()).isEqualTo("Part 1/2");
        assertThat(byId(Div.class, "q-respondentType").getElement().getTextRecursively()).contains("You answer as");
        choose("respondentType", "citizen");
        byId(TextField.class, "answer-age").setValue("105");
        assertThat(byId(Span.class, "error-age").getText()).isEqualTo("Over 100: ask again");
    }

    @Test
    void aHostHearsOfEachChangeOnlyAfterSkipLogicHasSettled() {
        choose("respondentType", "citizen");
        byId(TextField.class, "answer-age").setValue("40");
        List<Map<String, Object>> heard = new java.util.ArrayList<>();
        form.addAnswersChangedListener(e -> heard.add(e.getSource().answers()));
        choose("respondentType", "business");
        assertThat(heard).isNotEmpty().allSatisfy(answers -> assertThat(answers).doesNotContainKey("age"));
        assertThat(heard.get(heard.size() - 1)).containsOnlyKeys("respondentType");
    }

    private static Div question(String id) {
        return byId(Div.class, "q-" + id);
    }

    @SuppressWarnings("unchecked")
    private static void choose(String id, String key) {
        String componentId = id.startsWith("not-valid-") ? id : "answer-" + id;
        byId(RadioButtonGroup.class, componentId).setValue(key);
    }
}
