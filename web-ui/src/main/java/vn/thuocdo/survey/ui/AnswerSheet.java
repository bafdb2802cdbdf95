package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Section;
import vn.thuocdo.shared.Formats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stored answers read-only, in the questionnaire's order: each question's text and the answer as the respondent saw
 * it (a choice's label, not its key; dates dd/MM/yyyy; counts 2.100.000). Built from the definition alone, free of
 * Spring, like {@link QuestionnaireForm}; a reviewer's page adds its own part under a question ({@code extra}).
 */
@NamedInterface("screens")
public class AnswerSheet extends Div {

    public AnswerSheet(Questionnaire questionnaire, Map<String, Object> answers, Locale locale,
                       Function<Question, Optional<Component>> extra) {
        addClassName("td-answer-sheet");
        setId("answer-sheet");
        Map<String, Object> given = answers == null ? Map.of() : answers;
        for (Section section : questionnaire.sections()) {
            List<Component> rows = new ArrayList<>();
            for (Question question : section.questions()) {
                if (question.kind() == QuestionKind.NOTE) {
                    continue;
                }
                Object value = given.get(question.id());
                Span label = new Span(question.label().in(locale));
                label.addClassName("td-answer-question");
                Span answer = new Span(value == null ? "—" : text(questionnaire, question, value, locale));
                answer.addClassName(value == null ? "td-muted" : "td-answer-value");
                Div row = new Div(label, answer);
                row.addClassName("td-answer-row");
                row.setId("answer-" + question.id());
                extra.apply(question).ifPresent(row::add);
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                if (section.title() != null) {
                    add(new H4(section.title().in(locale)));
                }
                rows.forEach(this::add);
            }
        }
    }

    /** An answer as words: the labels of chosen keys, a date as written in Vietnam, a whole number with dots. */
    public static String text(Questionnaire questionnaire, Question question, Object value, Locale locale) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> text(questionnaire, question, v, locale)).collect(Collectors.joining("; "));
        }
        if (question.kind().usesChoices() || question.allowNotValid()) {
            List<Option> options = new ArrayList<>(question.kind().usesChoices()
                    ? questionnaire.choicesOf(question) : List.of());
            options.addAll(questionnaire.notValid());
            String key = String.valueOf(value);
            Optional<String> label = options.stream().filter(o -> o.key().equals(key)).findFirst()
                    .map(o -> o.label().in(locale));
            if (label.isPresent()) {
                return label.get();
            }
        }
        if (question.kind() == QuestionKind.INTEGER && value instanceof Number number) {
            return Formats.number(number.longValue());
        }
        if (question.kind() == QuestionKind.DECIMAL && value instanceof Number number) {
            return number.toString().replace('.', ',');
        }
        if (question.kind() == QuestionKind.DATE) {
            try {
                return Formats.date(LocalDate.parse(String.valueOf(value)));
            } catch (DateTimeParseException notADate) {
                return String.valueOf(value);
            }
        }
        return String.valueOf(value);
    }
}
