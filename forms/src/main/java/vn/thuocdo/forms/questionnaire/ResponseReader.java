package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.AnswerReader;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.Input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one response in questionnaire order, so each question's relevance is decided by the answers accepted
 * before it. A question whose expressions read an answer that was refused is neither required nor checked: the
 * respondent sees the first refusal, not a cascade of consequences.
 */
final class ResponseReader {

    private final Rules rules;
    private final LocalDate today;

    ResponseReader(Rules rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    Response read(Map<String, ?> raw, Completeness completeness) {
        List<FieldError> errors = new ArrayList<>();
        for (Object key : raw.keySet()) {
            if (!rules.has(String.valueOf(key))) {
                // The key is echoed back to the sender: bounded, and with its invisible characters shown.
                errors.add(new FieldError(Input.visible(String.valueOf(key), 64), "field.unknown", List.of()));
            }
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>();
        for (Rules.Compiled compiled : rules.inOrder()) {
            Question question = compiled.question();
            String id = question.id();
            Object value = raw.get(id);
            boolean undecided = compiled.dependsOn().stream().anyMatch(refused::contains);
            boolean relevant = undecided || Rules.relevant(compiled, answers, today);
            AnswerReader.Outcome outcome = question.kind() == QuestionKind.NOTE
                    ? (value == null ? AnswerReader.Outcome.EMPTY : refusal(id, "question.noteNotAnswered"))
                    : new AnswerRead(compiled, rules.notValidKeys()).read(value);
            FieldError error = outcome.error();
            if (!relevant && (outcome.answer() != null || error != null)) {
                error = new FieldError(id, "question.notRelevant", List.of());
            } else if (error == null && outcome.answer() == null && relevant && !undecided && question.required()
                    && completeness == Completeness.FINAL) {
                error = new FieldError(id, "question.required", List.of());
            } else if (error == null && outcome.answer() != null && !undecided
                    && !(outcome.answer() instanceof Answer.NotValid)
                    && !Rules.holds(compiled.constraint(), answers, outcome.answer(), today)) {
                error = constraintRefusal(question);
            }
            if (error != null) {
                errors.add(error);
                refused.add(id);
            } else if (outcome.answer() != null) {
                answers.put(id, outcome.answer());
            }
        }
        return errors.isEmpty() ? new Response(answers, List.of()) : new Response(Map.of(), errors);
    }

    /** The author's message in both languages ({1} Vietnamese, {2} English), or the generic one. */
    private static FieldError constraintRefusal(Question question) {
        if (question.constraintMessage() == null) {
            return new FieldError(question.id(), "question.constraintFailed", List.of());
        }
        String vi = question.constraintMessage().vi();
        String en = question.constraintMessage().en();
        return new FieldError(question.id(), "question.constraint", List.of(vi, en == null ? vi : en));
    }

    private static AnswerReader.Outcome refusal(String id, String code, Object... args) {
        return new AnswerReader.Outcome(null, new FieldError(id, code, List.of(args)));
    }
}
