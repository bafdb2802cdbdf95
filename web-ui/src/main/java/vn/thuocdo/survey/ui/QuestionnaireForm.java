package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
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
import java.util.function.Consumer;

/**
 * A questionnaire as a respondent fills it in, built from its definition alone and free of Spring, so the preview,
 * the online survey and the enumerators' tablets show the same thing. Skip logic is the questionnaire's own: after
 * every change the answers are read as a draft and each question asks the definition whether it is relevant; a
 * question that stops being asked is hidden and emptied, as the server would refuse its answer.
 */
@NamedInterface("questionnaire-form")
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

    /**
     * Fills the form with answers kept earlier (a draft, an interview sent back), as stored: read again by the
     * questionnaire as a draft and put back in their inputs; skip logic then runs once. Nothing was typed, so no
     * {@link AnswersChanged} is fired.
     */
    public void fill(Map<String, Object> stored) {
        Response response = questionnaire.read(stored == null ? Map.of() : stored, Completeness.DRAFT,
                TimeZones.today(clock));
        refreshing = true;
        try {
            response.answers().forEach((id, answer) -> {
                QuestionInput input = inputs.get(id);
                if (input != null) {
                    input.fill(answer);
                }
            });
        } finally {
            refreshing = false;
        }
        settle(false);
    }

    /**
     * Pins a note (a reviewer's comment) to a question, above its input; false when the questionnaire has no such
     * question, for the host to show the note elsewhere.
     */
    public boolean pin(String questionId, Component note) {
        QuestionInput input = questionId == null ? null : inputs.get(questionId);
        if (input == null) {
            return false;
        }
        input.pin(note);
        return true;
    }

    /** Turns to the first section with a pinned note, where the respondent's host wants them to look first. */
    public void showFirstPinned() {
        pages.showFirst(QuestionInput::pinned);
    }

    /** The id of the section on screen. */
    public String section() {
        return pages.currentSection();
    }

    /** Called with the section's id each time another section comes on screen (for the time spent per section). */
    public void onSectionShown(Consumer<String> listener) {
        pages.onShown(listener);
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
        if (!refreshing) {
            settle(true);
        }
    }

    private void settle(boolean changed) {
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
        if (changed) {
            fireEvent(new AnswersChanged(this));
        }
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
