package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Response;
import vn.thuocdo.forms.questionnaire.Section;
import vn.thuocdo.shared.TimeZones;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A questionnaire as a respondent fills it in, built from its definition alone and free of Spring, so the preview,
 * the online survey and the enumerators' tablets show the same thing. Skip logic is the questionnaire's own: after
 * every change the answers are read as a draft and each question asks the definition whether it is relevant; a
 * question that stops being asked is hidden and emptied, as the server would refuse its answer.
 */
// Shared with the fieldwork screens (the tablet form, the second entry of paper forms).
@NamedInterface("screens")
public class QuestionnaireForm extends Div {

    private final Questionnaire questionnaire;
    private final Locale locale;
    private final Clock clock;
    private final SkipLogic skipLogic;
    private final Map<String, QuestionInput> inputs = new LinkedHashMap<>();
    private final SectionPages pages;
    private final Div general = new Div();
    private boolean refreshing;

    public QuestionnaireForm(Questionnaire questionnaire, Locale locale, Clock clock) {
        this.questionnaire = questionnaire;
        this.locale = locale;
        this.clock = clock;
        this.skipLogic = new SkipLogic(questionnaire);
        addClassName("td-questionnaire");
        setId("questionnaire-form");
        pages = new SectionPages(this, locale);
        general.addClassName("td-callout");
        general.setId("form-errors");
        general.setVisible(false);
        add(general);
        for (Section section : questionnaire.sections()) {
            List<QuestionInput> members = new ArrayList<>();
            for (Question question : section.questions()) {
                QuestionInput input = new QuestionInput(question, questionnaire.choicesOf(question),
                        questionnaire.notValid(), locale, this::refresh);
                inputs.put(question.id(), input);
                members.add(input);
            }
            add(pages.add(section, members));
        }
        add(pages.navigation());
        refresh();
    }

    /** The answers as entered, raw, for {@code Questionnaire.read}: only the questions asked and answered. */
    public Map<String, Object> answers() {
        return entered(true);
    }

    /** The answers read by the questionnaire, with {@code today()} meaning today in Vietnam. */
    public Response read(Completeness completeness) {
        return questionnaire.read(answers(), completeness, TimeZones.today(clock));
    }

    /**
     * Marks each refused question with its reason in the form's language, clears the others, and turns to the first
     * section with a refusal. A refusal that names no question (an unknown key from elsewhere) is shown on top.
     */
    public void showErrors(List<FieldError> errors) {
        inputs.values().forEach(input -> input.refuse(null));
        general.removeAll();
        for (FieldError error : errors) {
            QuestionInput input = inputs.get(error.fieldKey());
            String message = message(error, input == null ? error.fieldKey() : input.question().label().in(locale));
            if (input == null) {
                general.add(new Div(message));
            } else if (!input.refused()) {
                input.refuse(message);
            }
        }
        general.setVisible(general.getChildren().findAny().isPresent());
        pages.showFirst(QuestionInput::refused);
    }

    /** Empties every answer and goes back to the first section. */
    public void reset() {
        refreshing = true;
        try {
            inputs.values().forEach(QuestionInput::clear);
        } finally {
            refreshing = false;
        }
        general.setVisible(false);
        refresh();
        pages.first();
    }

    /** Called after every change of an answer, once skip logic has hidden and emptied what it must. */
    public Registration addAnswersChangedListener(ComponentEventListener<AnswersChanged> listener) {
        return addListener(AnswersChanged.class, listener);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** "Phần 2/7": where the respondent is among the sections asked. */
    public String progress() {
        return pages.progress();
    }

    /** Whether a question is on the form now (its section may be on another page). */
    public boolean asks(String questionId) {
        QuestionInput input = inputs.get(questionId);
        return input != null && input.shown();
    }

    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            SkipLogic.State state = skipLogic.evaluate(entered(false), TimeZones.today(clock));
            for (QuestionInput input : inputs.values()) {
                String id = input.question().id();
                boolean asked = state.asked().contains(id);
                if (!asked && input.raw() != null) {
                    input.clear();
                }
                input.show(asked);
                FieldError refused = state.refused().get(id);
                if (asked && refused != null) {
                    input.refuse(message(refused, input.question().label().in(locale)));
                } else if (!asked || input.raw() != null) {
                    // An answer that is now accepted, or a question no longer asked, carries no old refusal.
                    input.refuse(null);
                }
            }
            pages.refresh(state.asked());
        } finally {
            refreshing = false;
        }
        fireEvent(new AnswersChanged(this));
    }

    private Map<String, Object> entered(boolean shownOnly) {
        Map<String, Object> raw = new LinkedHashMap<>();
        inputs.forEach((id, input) -> {
            Object value = input.raw();
            if (value != null && (input.shown() || !shownOnly)) {
                raw.put(id, value);
            }
        });
        return raw;
    }

    private String message(FieldError error, String label) {
        return RefusalText.of(this, locale, error, label);
    }
}
