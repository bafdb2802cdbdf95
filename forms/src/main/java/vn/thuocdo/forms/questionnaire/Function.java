package vn.thuocdo.forms.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/** The functions an expression may call: ODK's, a few only, each with a fixed number of arguments. */
enum Function {
    NOT("not", 1), SELECTED("selected", 2), COUNT_SELECTED("count-selected", 1),
    STRING_LENGTH("string-length", 1), TODAY("today", 0);

    final String name;
    final int arity;

    Function(String name, int arity) {
        this.name = name;
        this.arity = arity;
    }

    static Function named(String name) {
        for (Function function : values()) {
            if (function.name.equals(name)) {
                return function;
            }
        }
        return null;
    }

    Value apply(List<Expression> arguments, Expression.Scope scope) {
        return switch (this) {
            case NOT -> new Value.Bool(!arguments.get(0).evaluate(scope).truth());
            case SELECTED -> new Value.Bool(selected(arguments.get(0).evaluate(scope),
                    arguments.get(1).evaluate(scope).text()));
            case COUNT_SELECTED -> new Value.Number(BigDecimal.valueOf(count(arguments.get(0).evaluate(scope))));
            case STRING_LENGTH -> {
                String text = arguments.get(0).evaluate(scope).text();
                yield new Value.Number(BigDecimal.valueOf(text.codePointCount(0, text.length())));
            }
            case TODAY -> new Value.Day(scope.today());
        };
    }

    private static boolean selected(Value value, String key) {
        if (value instanceof Value.Keys keys) {
            return keys.keys().contains(key);
        }
        return !value.empty() && value.text().equals(key);
    }

    private static int count(Value value) {
        if (value instanceof Value.Keys keys) {
            return keys.keys().size();
        }
        return value.empty() ? 0 : 1;
    }
}
