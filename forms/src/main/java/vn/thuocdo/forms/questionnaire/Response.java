package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.FieldError;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A respondent's answers as read by a questionnaire: typed answers by question id in questionnaire order, or every
 * refusal (field = question id) and no answers; never both.
 */
public record Response(Map<String, Answer> answers, List<FieldError> errors) {

    public Response {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        errors = List.copyOf(errors);
        if (!answers.isEmpty() && !errors.isEmpty()) {
            throw new IllegalArgumentException("A response holds answers or errors, never both");
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The answers as they are written to JSON storage: numbers stay numbers, multiple choices are lists. */
    public Map<String, Object> stored() {
        Map<String, Object> stored = new LinkedHashMap<>();
        answers.forEach((id, answer) -> stored.put(id, answer.stored()));
        return stored;
    }
}
