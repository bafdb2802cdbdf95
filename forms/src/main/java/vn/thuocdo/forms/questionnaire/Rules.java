package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.Field;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What validation compiled from a questionnaire: per question, its reading field and its parsed expressions. */
final class Rules {

    /** The day {@code today()} means is Vietnam's. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * One question ready to read: {@code field} reads a scalar answer through {@code forms.AnswerReader} (null for
     * MULTIPLE_CHOICE and NOTE), {@code keys} are its choice keys, {@code dependsOn} the questions its expressions read.
     */
    record Compiled(Question question, Field field, List<String> keys, Expression sectionRelevant,
                    Expression relevant, Expression constraint, Set<String> dependsOn) {
    }

    private final Map<String, Compiled> byId;
    private final Set<String> notValidKeys;

    Rules(List<Compiled> questions, Set<String> notValidKeys) {
        Map<String, Compiled> map = new LinkedHashMap<>();
        questions.forEach(c -> map.put(c.question().id(), c));
        this.byId = map;
        this.notValidKeys = Set.copyOf(notValidKeys);
    }

    Collection<Compiled> inOrder() {
        return byId.values();
    }

    boolean has(String questionId) {
        return byId.containsKey(questionId);
    }

    Set<String> notValidKeys() {
        return notValidKeys;
    }

    /**
     * Whether a question is asked: answers to questions that are not asked themselves count as empty, as in ODK,
     * so the questions before it are walked in order.
     */
    boolean relevant(String questionId, Map<String, Answer> soFar, LocalDate today) {
        if (!byId.containsKey(questionId)) {
            throw new IllegalArgumentException("No question " + questionId);
        }
        Map<String, Answer> asked = new LinkedHashMap<>();
        for (Compiled compiled : byId.values()) {
            boolean relevant = relevant(compiled, asked, today);
            if (compiled.question().id().equals(questionId)) {
                return relevant;
            }
            Answer answer = soFar.get(compiled.question().id());
            if (relevant && answer != null) {
                asked.put(compiled.question().id(), answer);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static boolean relevant(Compiled compiled, Map<String, Answer> answers, LocalDate today) {
        return holds(compiled.sectionRelevant(), answers, null, today)
                && holds(compiled.relevant(), answers, null, today);
    }

    /** An absent expression holds; a present one holds when its value is true in XPath's sense. */
    static boolean holds(Expression expression, Map<String, Answer> answers, Answer self, LocalDate today) {
        if (expression == null) {
            return true;
        }
        return expression.evaluate(new Expression.Scope() {
            public Value answer(String questionId) {
                return Value.of(answers.get(questionId));
            }

            public Value self() {
                return Value.of(self);
            }

            public LocalDate today() {
                return today;
            }
        }).truth();
    }
}
