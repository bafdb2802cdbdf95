package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Answer;

import java.time.LocalDate;
import java.util.Map;

/** Parses and evaluates one expression against answers, for tests of the language alone. */
final class Expressions {

    private Expressions() {
    }

    static boolean holds(String text, Map<String, Answer> answers, Answer self, LocalDate today) {
        return Rules.holds(ExpressionParser.parse(text), answers, self, today);
    }
}
