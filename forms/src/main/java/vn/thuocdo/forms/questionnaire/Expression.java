package vn.thuocdo.forms.questionnaire;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A parsed relevance or constraint expression: a small tree, built once on load by {@link ExpressionParser} and
 * evaluated against typed answers. Arithmetic keeps 16 significant digits, so no expression grows its numbers.
 */
sealed interface Expression {

    MathContext ARITHMETIC = MathContext.DECIMAL64;

    Value evaluate(Scope scope);

    /** The question ids this expression reads. */
    void references(Set<String> into);

    /** Whether {@code .} (this question's answer) is used. */
    boolean usesSelf();

    /** What an expression reads: earlier answers, this question's own, and the day. */
    interface Scope {
        Value answer(String questionId);

        Value self();

        LocalDate today();
    }

    /** A text or a number written in the expression. */
    record Literal(Value value) implements Expression {
        public Value evaluate(Scope scope) {
            return value;
        }

        public void references(Set<String> into) {
        }

        public boolean usesSelf() {
            return false;
        }
    }

    /** {@code ${id}}: an earlier question's answer. */
    record Reference(String questionId, int position) implements Expression {
        public Value evaluate(Scope scope) {
            return scope.answer(questionId);
        }

        public void references(Set<String> into) {
            into.add(questionId);
        }

        public boolean usesSelf() {
            return false;
        }
    }

    /** {@code .}: the answer being checked by a constraint. */
    record Self() implements Expression {
        public Value evaluate(Scope scope) {
            return scope.self();
        }

        public void references(Set<String> into) {
        }

        public boolean usesSelf() {
            return true;
        }
    }

    /** {@code -x}. */
    record Negation(Expression operand) implements Expression {
        public Value evaluate(Scope scope) {
            BigDecimal value = operand.evaluate(scope).number();
            return value == null ? Value.MISSING : new Value.Number(value.negate(ARITHMETIC));
        }

        public void references(Set<String> into) {
            operand.references(into);
        }

        public boolean usesSelf() {
            return operand.usesSelf();
        }
    }

    /** Two operands and an operator: logic, comparison or arithmetic. */
    record Binary(Operator operator, Expression left, Expression right) implements Expression {
        public Value evaluate(Scope scope) {
            return operator.apply(left, right, scope);
        }

        public void references(Set<String> into) {
            left.references(into);
            right.references(into);
        }

        public boolean usesSelf() {
            return left.usesSelf() || right.usesSelf();
        }
    }

    /** One of the supported functions with its arguments (arity checked by the parser). */
    record Call(Function function, List<Expression> arguments) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        public Value evaluate(Scope scope) {
            return function.apply(arguments, scope);
        }

        public void references(Set<String> into) {
            arguments.forEach(a -> a.references(into));
        }

        public boolean usesSelf() {
            return arguments.stream().anyMatch(Expression::usesSelf);
        }
    }
}
