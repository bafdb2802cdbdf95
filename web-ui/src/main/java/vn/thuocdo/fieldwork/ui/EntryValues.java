package vn.thuocdo.fieldwork.ui;

import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A stored answer as the supervisor reads it: a choice by its label, several choices joined, nothing as a dash. */
final class EntryValues {

    private EntryValues() {
    }

    static String question(Questionnaire questionnaire, String questionId, Locale locale) {
        return questionnaire.question(questionId).map(q -> q.label().in(locale)).orElse(questionId);
    }

    static String shown(Questionnaire questionnaire, String questionId, Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (value instanceof List<?> values) {
            return values.stream().map(v -> shown(questionnaire, questionId, v, locale))
                    .collect(Collectors.joining(", "));
        }
        Optional<Question> question = questionnaire.question(questionId);
        String key = String.valueOf(value);
        if (question.isPresent() && question.get().kind().usesChoices()) {
            return Stream.concat(questionnaire.choicesOf(question.get()).stream(), questionnaire.notValid().stream())
                    .filter(o -> o.key().equals(key)).findFirst().map(Option::label).map(t -> t.in(locale))
                    .orElse(key);
        }
        return key;
    }
}
