package vn.thuocdo.forms.questionnaire;

import java.util.Map;
import java.util.Set;

/** Walks one parsed expression and reports every reference or function call it may not make. */
final class ReferenceCheck {

    /** Where a refusal goes: a problem code and its figures after the expression's property name. */
    interface Report {
        void add(String code, Object... args);
    }

    private final Map<String, Question> questions;
    private final Map<String, Integer> order;
    private final Set<String> notValidKeys;
    private final Questionnaire questionnaire;
    private final Question self;
    private final int before;
    private final boolean constraint;
    private final Report report;

    ReferenceCheck(Map<String, Question> questions, Map<String, Integer> order, Set<String> notValidKeys,
                   Questionnaire questionnaire, Question self, int before, boolean constraint, Report report) {
        this.questions = questions;
        this.order = order;
        this.notValidKeys = notValidKeys;
        this.questionnaire = questionnaire;
        this.self = self;
        this.before = before;
        this.constraint = constraint;
        this.report = report;
    }

    void visit(Expression expression) {
        if (expression instanceof Expression.Reference reference) {
            reference(reference.questionId());
        } else if (expression instanceof Expression.Negation negation) {
            visit(negation.operand());
        } else if (expression instanceof Expression.Binary binary) {
            visit(binary.left());
            visit(binary.right());
        } else if (expression instanceof Expression.Call call) {
            call(call);
            call.arguments().forEach(this::visit);
        }
    }

    private void reference(String id) {
        Question target = questions.get(id);
        if (target == null) {
            report.add("expression.unknownQuestion", id);
        } else if (self != null && id.equals(self.id()) && !constraint) {
            report.add("expression.selfReference");
        } else if (order.get(id) >= before) {
            report.add("expression.laterQuestion", id);
        } else if (target.kind() == QuestionKind.NOTE) {
            report.add("expression.noteReference", id);
        }
    }

    private void call(Expression.Call call) {
        Function function = call.function();
        if (function != Function.SELECTED && function != Function.COUNT_SELECTED) {
            return;
        }
        Expression first = call.arguments().get(0);
        Question target = first instanceof Expression.Reference r ? questions.get(r.questionId())
                : first instanceof Expression.Self ? self : null;
        if (!(first instanceof Expression.Reference) && !(first instanceof Expression.Self)) {
            report.add("expression.selectedNeedsReference", function.name);
            return;
        }
        if (target == null || target.kind() == null) {
            return;
        }
        boolean fits = function == Function.SELECTED ? target.kind().usesChoices()
                : target.kind() == QuestionKind.MULTIPLE_CHOICE;
        if (!fits) {
            report.add("expression.notChoiceQuestion", function.name, target.id());
            return;
        }
        if (function == Function.SELECTED) {
            Expression key = call.arguments().get(1);
            if (!(key instanceof Expression.Literal literal) || !(literal.value() instanceof Value.Words words)) {
                report.add("expression.selectedNeedsKey");
            } else if (questionnaire.choicesOf(target).stream().noneMatch(o -> o != null && words.text().equals(o.key()))
                    && !(target.allowNotValid() && notValidKeys.contains(words.text()))) {
                report.add("expression.unknownChoice", target.id(), words.text());
            }
        }
    }
}
