package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Response;
import vn.thuocdo.web.Badges;

import java.util.List;

/**
 * The preview around the form: which version it is (title, reference, respondents, the [A] label of our own
 * transcriptions), "Kiểm tra" reading the answers as the server would on a final submission, "Làm lại", and the
 * phone frame. The verdict is shown, never stored.
 */
final class PreviewPanel extends Div {

    private final QuestionnaireForm form;
    private final Div frame = new Div();
    final Div verdict = new Div();
    final Button check;
    final Button reset;
    final Checkbox phone;

    PreviewPanel(QuestionnaireForm form) {
        this.form = form;
        Questionnaire questionnaire = form.questionnaire();
        addClassName("td-q-header");
        H3 title = new H3(questionnaire.title().in(getLocale()));
        title.setId("questionnaire-title");
        Div badges = new Div(Badges.of(questionnaire.reference(), "info"),
                Badges.of(getTranslation("survey.preview.version", questionnaire.version()), "neutral"),
                Badges.of(getTranslation("questionnaires.kind." + questionnaire.kind()), "neutral"));
        badges.addClassName("td-q-toolbar");
        badges.setId("questionnaire-badges");
        if (transcription(questionnaire)) {
            Span assumed = Badges.of(getTranslation("survey.preview.assumed"), "warning");
            assumed.setId("assumed");
            badges.add(assumed);
        }
        add(title, badges);
        if (questionnaire.description() != null) {
            Paragraph description = new Paragraph(questionnaire.description().in(getLocale()));
            description.addClassName("td-muted");
            add(description);
        }
        Div unsaved = new Div(new Span(getTranslation("survey.preview.unsaved")));
        unsaved.addClassNames("td-callout", "info");
        check = new Button(getTranslation("survey.preview.check"), VaadinIcon.CHECK.create(), e -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("check");
        reset = new Button(getTranslation("survey.preview.reset"), VaadinIcon.REFRESH.create(), e -> reset());
        reset.setId("reset");
        phone = new Checkbox(getTranslation("survey.preview.phone"));
        phone.setId("phone-frame");
        phone.addValueChangeListener(e -> frame.setClassName("td-phone-frame", e.getValue()));
        Div toolbar = new Div(check, reset, phone);
        toolbar.addClassName("td-q-toolbar");
        verdict.setId("check-result");
        verdict.setVisible(false);
        frame.setId("preview-frame");
        frame.add(form);
        add(unsaved, toolbar, verdict, frame);
    }

    /** Reads the answers as a final submission: the same refusals the server gives, or a summary of a valid one. */
    void check() {
        Response response = form.read(Completeness.FINAL);
        verdict.removeAll();
        verdict.setVisible(true);
        if (!response.valid()) {
            form.showErrors(response.errors());
            verdict.getClassNames().clear();
            verdict.addClassName("td-callout");
            verdict.add(new Span(getTranslation("survey.preview.invalid",
                    VietnameseFormats.number(response.errors().size()))));
            return;
        }
        form.showErrors(List.of());
        long notValid = response.answers().values().stream().filter(a -> a instanceof Answer.NotValid).count();
        long asked = form.questionnaire().questions().stream()
                .filter(q -> q.kind() != QuestionKind.NOTE && form.asks(q.id())).count();
        long skipped = form.questionnaire().questions().stream()
                .filter(q -> q.kind() != QuestionKind.NOTE && !form.asks(q.id())).count();
        verdict.getClassNames().clear();
        verdict.addClassNames("td-callout", "success");
        verdict.add(new Span(getTranslation("survey.preview.valid",
                VietnameseFormats.number(response.answers().size()), VietnameseFormats.number(asked),
                VietnameseFormats.number(notValid), VietnameseFormats.number(skipped))));
    }

    private void reset() {
        form.reset();
        verdict.removeAll();
        verdict.setVisible(false);
    }

    /** Our own transcriptions and defaults say so with [A] in their description; the preview says it up front. */
    private static boolean transcription(Questionnaire questionnaire) {
        return questionnaire.description() != null && questionnaire.description().vi().contains("[A]");
    }
}
