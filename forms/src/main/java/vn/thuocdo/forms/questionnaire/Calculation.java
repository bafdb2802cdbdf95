package vn.thuocdo.forms.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questionnaire expression language opened to other definitions whose variables are plain numbers (a
 * scorecard's reported figures: {@code ${onTime} div ${received}}), so the product keeps one parser with one set of
 * bounds. Only arithmetic, comparisons, {@code and}/{@code or} and {@code not()} make sense over figures: '.',
 * {@code today()} and the choice functions are refused, as is a variable that is not declared.
 */
public final class Calculation {

    private final String text;
    private final Expression expression;
    private final Set<String> variables;

    private Calculation(String text, Expression expression, Set<String> variables) {
        this.text = text;
        this.expression = expression;
        this.variables = Set.copyOf(variables);
    }

    /**
     * Parses {@code text} over the declared variables; {@link Invalid} names the reason with an {@code expression.}
     * code (the questionnaire's, plus {@code expression.unknownVariable} and {@code expression.notForNumbers}).
     */
    public static Calculation parse(String text, Set<String> declared) {
        if (text == null) {
            throw new Invalid("expression.unexpectedEnd");
        }
        Expression expression;
        try {
            expression = ExpressionParser.parse(text);
        } catch (ExpressionInvalid e) {
            throw new Invalid(e.code(), e.args().toArray());
        }
        check(expression, declared);
        Set<String> used = new HashSet<>();
        expression.references(used);
        return new Calculation(text, expression, used);
    }

    private static void check(Expression expression, Set<String> declared) {
        if (expression instanceof Expression.Self) {
            throw new Invalid("expression.notForNumbers", ".");
        } else if (expression instanceof Expression.Reference reference) {
            if (!declared.contains(reference.questionId())) {
                throw new Invalid("expression.unknownVariable", reference.questionId());
            }
        } else if (expression instanceof Expression.Negation negation) {
            check(negation.operand(), declared);
        } else if (expression instanceof Expression.Binary binary) {
            check(binary.left(), declared);
            check(binary.right(), declared);
        } else if (expression instanceof Expression.Call call) {
            if (call.function() != Function.NOT) {
                throw new Invalid("expression.notForNumbers", call.function().name + "()");
            }
            call.arguments().forEach(a -> check(a, declared));
        }
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The variables the expression reads. */
    public Set<String> variables() {
        return variables;
    }

    /**
     * The expression's number for these values; empty when it has none (a division by zero, a missing value, a
     * comparison where a number was wanted).
     */
    public Optional<BigDecimal> number(Map<String, BigDecimal> values) {
        Value value = expression.evaluate(scope(values));
        return value instanceof Value.Number number ? Optional.of(number.value()) : Optional.empty();
    }

    /** Whether the expression holds for these values (XPath truth: a missing value is false). */
    public boolean holds(Map<String, BigDecimal> values) {
        return expression.evaluate(scope(values)).truth();
    }

    private static Expression.Scope scope(Map<String, BigDecimal> values) {
        return new Expression.Scope() {
            public Value answer(String id) {
                BigDecimal value = values.get(id);
                return value == null ? Value.MISSING : new Value.Number(value);
            }

            public Value self() {
                return Value.MISSING;
            }

            public LocalDate today() {
                throw new IllegalStateException("today() is refused when a calculation is parsed");
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Calculation c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Why a calculation cannot be used: a code under {@code expression.} and its figures. */
    public static final class Invalid extends RuntimeException {

        private final String code;
        private final transient List<Object> args;

        Invalid(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = List.of(args);
        }

        public String code() {
            return code;
        }

        public List<Object> args() {
            return args;
        }
    }
}
