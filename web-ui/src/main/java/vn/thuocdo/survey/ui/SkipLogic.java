package vn.thuocdo.survey.ui;

import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a screen full of raw answers means for skip logic, decided by the questionnaire itself: the answers it
 * accepts as a draft, and which questions are asked given those. The questionnaire reads all or nothing, so a
 * refused answer (a letter in a number, a failed constraint) is set aside and the rest read again: it then counts
 * as unanswered for the questions after it, as it would on the server.
 */
final class SkipLogic {

    /** The typed answers that drive relevance, the questions asked, and why the set-aside answers were refused. */
    record State(Map<String, Answer> accepted, Set<String> asked, Map<String, FieldError> refused) {
    }

    private final Questionnaire questionnaire;

    SkipLogic(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    State evaluate(Map<String, Object> raw, LocalDate today) {
        Map<String, Object> remaining = new LinkedHashMap<>(raw);
        Map<String, FieldError> refused = new HashMap<>();
        Map<String, Answer> accepted = Map.of();
        // Each pass removes at least one answer, so this ends within one pass per answer.
        for (int pass = 0; pass <= raw.size(); pass++) {
            Response response = questionnaire.read(remaining, Completeness.DRAFT, today);
            if (response.valid()) {
                accepted = response.answers();
                break;
            }
            boolean removed = false;
            for (FieldError error : response.errors()) {
                if (remaining.remove(error.fieldKey()) != null) {
                    refused.putIfAbsent(error.fieldKey(), error);
                    removed = true;
                }
            }
            if (!removed) {
                break;
            }
        }
        Set<String> asked = new HashSet<>();
        for (Question question : questionnaire.questions()) {
            if (questionnaire.relevant(question.id(), accepted, today)) {
                asked.add(question.id());
            }
        }
        return new State(accepted, asked, refused);
    }

    /** The refusals worth showing while typing: not the ones of questions skip logic is about to clear. */
    static List<FieldError> shown(State state) {
        return state.refused().values().stream().filter(e -> state.asked().contains(e.fieldKey())).toList();
    }
}
