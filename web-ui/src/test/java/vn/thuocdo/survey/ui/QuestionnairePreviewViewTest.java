package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.XlsForms;
import vn.thuocdo.testing.KaribuTest;

import java.io.IOException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.survey.ui.PreviewTestQuestionnaire.byId;

/** The coordinator's preview: the version named in the address, checked with the server's rules, nothing saved. */
class QuestionnairePreviewViewTest extends KaribuTest {

    private static final String PREVIEW = "survey/questionnaires/preview?ref=";

    @Autowired Questionnaires questionnaires;
    @Autowired XlsForms xlsForms;

    @BeforeEach
    void importTheTestQuestionnaire() throws IOException {
        PreviewTestQuestionnaire.imported(questionnaires, xlsForms);
        signIn("dieuphoi");
    }

    @Test
    void theHeaderSaysWhichVersionIsShownAndThatItIsOurTranscription() {
        navigate(PREVIEW + PreviewTestQuestionnaire.REFERENCE);
        assertThat(_get(com.vaadin.flow.component.html.H3.class, s -> s.withId("questionnaire-title")).getText())
                .isEqualTo("Phiếu thử xem trước");
        assertThat(byId(Div.class, "questionnaire-badges").getElement().getTextRecursively())
                .contains("preview-test@1", "Phiên bản 1", "Người dân (SIPAS)", "[A]");
    }

    @Test
    void checkShowsTheRequiredAndConstraintRefusalsUnderTheirQuestionsAndCountsThem() {
        navigate(PREVIEW + PreviewTestQuestionnaire.REFERENCE);
        choose("answer-respondentType", "citizen");
        byId(TextField.class, "answer-age").setValue("105");
        _click(_get(Button.class, s -> s.withId("check")));
        assertThat(byId(Span.class, "error-age").getText())
                .isEqualTo("Tuổi trên 100 cần hỏi lại người trả lời");
        assertThat(byId(Span.class, "error-usedService").getText())
                .isEqualTo("Bắt buộc trả lời.");
        assertThat(byId(Div.class, "check-result").getElement().getTextRecursively())
                .isEqualTo("Có 2 câu chưa hợp lệ; lý do ghi dưới từng câu.");
    }

    @Test
    void validAnswersAreSaidValidWithTheirCountsAndNotApplicableAmongThem() {
        navigate(PREVIEW + PreviewTestQuestionnaire.REFERENCE);
        choose("answer-respondentType", "business");
        choose("answer-usedService", "yes");
        choose("not-valid-access", "dk");
        _click(_get(Button.class, s -> s.withId("check")));
        assertThat(byId(Div.class, "check-result").getElement().getTextRecursively()).isEqualTo(
                "Câu trả lời hợp lệ: đã trả lời 3 trên 7 câu được hỏi, trong đó 1 câu \"không áp dụng / không biết\";"
                        + " 1 câu được bỏ qua theo điều kiện.");
        _click(_get(Button.class, s -> s.withId("reset")));
        assertThat(byId(Div.class, "check-result").isVisible()).isFalse();
        assertThat(byId(RadioButtonGroup.class, "answer-respondentType").getValue()).isNull();
    }

    @Test
    void theOfficialsQuestionnaireAsksLeadersItemsOnlyOfLeadersAndManagers() {
        navigate(PREVIEW + "par-officials@1");
        assertThat(_find(QuestionnaireForm.class)).hasSize(1);
        assertThat(byId(Div.class, "q-directionInspection").isVisible()).isFalse();
        choose("answer-role", "manager");
        assertThat(byId(Div.class, "q-directionInspection").isVisible()).isTrue();
        choose("answer-role", "civilServant");
        assertThat(byId(Div.class, "q-directionInspection").isVisible()).isFalse();
    }

    @Test
    void thePhoneFrameNarrowsTheFormTo360Pixels() {
        navigate(PREVIEW + PreviewTestQuestionnaire.REFERENCE);
        _get(Checkbox.class, s -> s.withId("phone-frame")).setValue(true);
        assertThat(byId(Div.class, "preview-frame").getClassNames()).contains("td-phone-frame");
    }

    @Test
    void anUnknownReferenceSaysSoAndShowsNoForm() {
        navigate(PREVIEW + "khong-co@9");
        assertThat(byId(Div.class, "not-found").getElement().getTextRecursively())
                .startsWith("Không tìm thấy bảng hỏi \"khong-co@9\".");
        assertThat(_find(QuestionnaireForm.class)).isEmpty();
        navigate("survey/questionnaires/preview");
        assertThat(byId(Div.class, "not-found").getElement().getTextRecursively())
                .startsWith("Chưa chọn bảng hỏi để xem trước");
    }

    @Test
    void aLongOrInvisibleReferenceIsEchoedBoundedAndVisible() {
        navigate(PREVIEW + "x".repeat(5000));
        String shown = byId(Div.class, "not-found").getElement().getTextRecursively();
        assertThat(shown).contains("x".repeat(80) + "…").doesNotContain("x".repeat(81));
        navigate(PREVIEW + "sipas-citizen@1%C2%A0");
        assertThat(byId(Div.class, "not-found").getElement().getTextRecursively())
                .contains("sipas-citizen@1⟨U+00A0⟩");
    }

    @Test
    void anEnumeratorAndAProvincialOfficerCannotOpenThePreview() {
        switchTo("dieutravien");
        assertRefused(PREVIEW + PreviewTestQuestionnaire.REFERENCE, QuestionnairePreviewView.class);
        switchTo("haiphong");
        assertRefused(PREVIEW + PreviewTestQuestionnaire.REFERENCE, QuestionnairePreviewView.class);
    }

    @SuppressWarnings("unchecked")
    private static void choose(String id, String key) {
        byId(RadioButtonGroup.class, id).setValue(key);
    }
}
