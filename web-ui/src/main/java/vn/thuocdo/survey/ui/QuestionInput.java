package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One question on screen: its label with a required mark, its hint, its input, the not-valid answers where the
 * question allows them, and the reason under it when its answer is refused. Gives its value raw, as
 * {@code Questionnaire.read} takes it: a key, a list of keys, a text, a date, or a not-valid key. Shared with the
 * fieldwork screens, which ask a few questions again (call-backs).
 */
@NamedInterface("screens")
public final class QuestionInput {

    private final Question question;
    private final List<Option> choices;
    private final Div box = new Div();
    private final Span error = new Span();
    private final Component input;
    private final RadioButtonGroup<String> notValid;

    public QuestionInput(Question question, List<Option> choices, List<Option> notValidOptions, Locale locale,
                         Runnable changed) {
        this.question = question;
        this.choices = choices;
        box.addClassName("td-question");
        box.setId("q-" + question.id());
        Span label = new Span(question.label().in(locale));
        label.addClassName("td-q-label");
        box.add(label);
        if (question.kind() == QuestionKind.NOTE) {
            box.addClassName("td-q-note");
            input = null;
            notValid = null;
            return;
        }
        if (question.required()) {
            Span mark = new Span("*");
            mark.addClassName("td-q-required");
            mark.getElement().setAttribute("title", label.getTranslation(locale, "survey.form.required"));
            label.add(mark);
        }
        if (question.hint() != null) {
            Span hint = new Span(question.hint().in(locale));
            hint.addClassName("td-q-hint");
            box.add(hint);
        }
        input = AnswerFields.of(question, choices, locale);
        input.setId("answer-" + question.id());
        if (input instanceof HasAriaLabel named) {
            named.setAriaLabel(question.label().in(locale));
        }
        box.add(input);
        notValid = question.allowNotValid() && !notValidOptions.isEmpty()
                ? AnswerFields.notValid(notValidOptions, locale) : null;
        // Exclusive: a real answer clears "don't know" and the other way round. Clearing one fires its own change
        // with an empty value, which clears nothing further.
        value(input).addValueChangeListener(e -> {
            if (notValid != null && !empty(e.getValue())) {
                notValid.clear();
            }
            changed.run();
        });
        if (notValid != null) {
            notValid.setId("not-valid-" + question.id());
            notValid.setAriaLabel(question.label().in(locale));
            notValid.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    value(input).clear();
                }
                changed.run();
            });
            box.add(notValid);
        }
        error.addClassName("td-q-error");
        error.setId("error-" + question.id());
        error.setVisible(false);
        box.add(error);
    }

    public Question question() {
        return question;
    }

    public Component component() {
        return box;
    }

    /** The answer as entered, raw; null when nothing is. */
    public Object raw() {
        if (input == null) {
            return null;
        }
        if (notValid != null && notValid.getValue() != null) {
            return notValid.getValue();
        }
        Object value = value(input).getValue();
        if (value instanceof Set<?> ticked) {
            // In the list's order, as the questionnaire keeps a multiple choice.
            List<String> keys = choices.stream().map(Option::key).filter(ticked::contains).toList();
            return keys.isEmpty() ? null : keys;
        }
        if (value instanceof String text) {
            return text.isBlank() ? null : text;
        }
        return value instanceof LocalDate ? value : null;
    }

    /** Puts back an answer the questionnaire read earlier (a draft, an interview sent back), as if typed again. */
    void fill(Answer answer) {
        if (input == null || answer == null) {
            return;
        }
        if (answer instanceof Answer.NotValid notValidAnswer && notValid != null) {
            notValid.setValue(notValidAnswer.key());
            return;
        }
        Object value;
        if (answer instanceof Answer.Choices ticked) {
            value = new LinkedHashSet<>(ticked.keys());
        } else if (answer instanceof Answer.Day day) {
            value = day.date();
        } else {
            value = answer.editable();
        }
        value(input).setValue(value);
    }

    /** Shows a reviewer's comment on this question above its input, to be fixed before sending again. */
    void pin(Component comment) {
        box.addComponentAtIndex(1, comment);
        box.addClassName("td-q-commented");
    }

    boolean pinned() {
        return box.hasClassName("td-q-commented");
    }

    /** Empties the answer (skip logic made the question irrelevant, or the form starts again). */
    void clear() {
        if (input != null) {
            value(input).clear();
        }
        if (notValid != null) {
            notValid.clear();
        }
        refuse(null);
    }

    /** Shows why the answer is refused, or nothing when {@code message} is null. */
    public void refuse(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        if (message == null) {
            box.removeClassName("td-q-invalid");
        } else {
            box.addClassName("td-q-invalid");
        }
    }

    boolean refused() {
        return error.isVisible();
    }

    void show(boolean asked) {
        box.setVisible(asked);
    }

    boolean shown() {
        return box.isVisible();
    }

    @SuppressWarnings("unchecked")
    private static HasValue<?, Object> value(Component input) {
        return (HasValue<?, Object>) input;
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isEmpty()
                || value instanceof java.util.Collection<?> c && c.isEmpty();
    }
}
