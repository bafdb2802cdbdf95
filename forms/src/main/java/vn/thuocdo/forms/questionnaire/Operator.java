package vn.thuocdo.forms.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The binary operators, ODK's semantics with one rule of ours made explicit: a comparison with an unanswered
 * question is false, except {@code = ''} (true) - so a skipped question never makes a later one relevant by accident.
 */
enum Operator {
    OR("or"), AND("and"), EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    PLUS("+"), MINUS("-"), TIMES("*"), DIV("div"), MOD("mod");

    final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    Value apply(Expression left, Expression right, Expression.Scope scope) {
        if (this == OR) {
            return new Value.Bool(left.evaluate(scope).truth() || right.evaluate(scope).truth());
        }
        if (this == AND) {
            return new Value.Bool(left.evaluate(scope).truth() && right.evaluate(scope).truth());
        }
        Value a = left.evaluate(scope);
        Value b = right.evaluate(scope);
        return ordinal() <= GE.ordinal() ? new Value.Bool(compare(a, b)) : arithmetic(a, b);
    }

    private boolean compare(Value a, Value b) {
        if (a instanceof Value.Missing || b instanceof Value.Missing) {
            return this == EQ && a.empty() && b.empty();
        }
        Integer order = order(a, b);
        if (order == null) {
            // Values that cannot be compared (a text against a number): only "different".
            return this == NE;
        }
        return switch (this) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            default -> throw new IllegalStateException(symbol + " is not a comparison");
        };
    }

    /** How a compares to b, or null when they cannot be compared; texts are only equal or not, unless both numbers. */
    private Integer order(Value a, Value b) {
        if (a instanceof Value.Bool || b instanceof Value.Bool) {
            return Boolean.compare(a.truth(), b.truth());
        }
        if (a instanceof Value.Number || b instanceof Value.Number) {
            BigDecimal x = a.number();
            BigDecimal y = b.number();
            return x == null || y == null ? null : x.compareTo(y);
        }
        if (a instanceof Value.Day || b instanceof Value.Day) {
            LocalDate x = day(a);
            LocalDate y = day(b);
            return x == null || y == null ? null : x.compareTo(y);
        }
        if (this == EQ || this == NE) {
            return a.text().equals(b.text()) ? 0 : 1;
        }
        BigDecimal x = a.number();
        BigDecimal y = b.number();
        return x == null || y == null ? null : x.compareTo(y);
    }

    private static LocalDate day(Value value) {
        if (value instanceof Value.Day day) {
            return day.date();
        }
        String text = value.text();
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Value arithmetic(Value a, Value b) {
        BigDecimal x = a.number();
        BigDecimal y = b.number();
        if (x == null || y == null || ((this == DIV || this == MOD) && y.signum() == 0)) {
            return Value.MISSING;
        }
        try {
            return new Value.Number(calculate(x, y));
        } catch (ArithmeticException overflow) {
            // An exponent past BigDecimal's range, or a remainder whose quotient needs more than 16 digits: XPath's NaN.
            return Value.MISSING;
        }
    }

    private BigDecimal calculate(BigDecimal x, BigDecimal y) {
        return switch (this) {
            case PLUS -> x.add(y, Expression.ARITHMETIC);
            case MINUS -> x.subtract(y, Expression.ARITHMETIC);
            case TIMES -> x.multiply(y, Expression.ARITHMETIC);
            case DIV -> x.divide(y, Expression.ARITHMETIC);
            case MOD -> x.remainder(y, Expression.ARITHMETIC);
            default -> throw new IllegalStateException(symbol + " is not arithmetic");
        };
    }
}
