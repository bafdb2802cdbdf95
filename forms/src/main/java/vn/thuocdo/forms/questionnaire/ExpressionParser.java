package vn.thuocdo.forms.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the ODK subset by recursive descent, bounded three ways before any work grows: the text's length, the
 * number of tokens, and the nesting depth, so a hostile definition is refused fast and never overflows the stack.
 * Precedence, loosest first: or, and, = !=, < <= > >=, + -, * div mod, unary minus.
 */
final class ExpressionParser {

    static final int MAX_CHARS = 1000;
    static final int MAX_TOKENS = 200;
    static final int MAX_DEPTH = 32;

    private final List<Token> tokens;
    private int next;
    private int depth;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expression parse(String text) {
        ExpressionParser parser = new ExpressionParser(Tokenizer.tokens(text));
        Expression expression = parser.or();
        if (parser.next < parser.tokens.size()) {
            Token extra = parser.tokens.get(parser.next);
            throw new ExpressionInvalid("expression.unexpected", extra.text(), extra.position());
        }
        return expression;
    }

    private Expression or() {
        descend();
        Expression left = and();
        while (accept("or")) {
            left = new Expression.Binary(Operator.OR, left, and());
        }
        depth--;
        return left;
    }

    private Expression and() {
        Expression left = equality();
        while (accept("and")) {
            left = new Expression.Binary(Operator.AND, left, equality());
        }
        return left;
    }

    private Expression equality() {
        Expression left = relational();
        for (Operator op = operator(Operator.EQ, Operator.NE); op != null; op = operator(Operator.EQ, Operator.NE)) {
            left = new Expression.Binary(op, left, relational());
        }
        return left;
    }

    private Expression relational() {
        Expression left = additive();
        for (Operator op = operator(Operator.LT, Operator.LE, Operator.GT, Operator.GE); op != null;
             op = operator(Operator.LT, Operator.LE, Operator.GT, Operator.GE)) {
            left = new Expression.Binary(op, left, additive());
        }
        return left;
    }

    private Expression additive() {
        Expression left = multiplicative();
        for (Operator op = operator(Operator.PLUS, Operator.MINUS); op != null; op = operator(Operator.PLUS, Operator.MINUS)) {
            left = new Expression.Binary(op, left, multiplicative());
        }
        return left;
    }

    private Expression multiplicative() {
        Expression left = unary();
        for (Operator op = operator(Operator.TIMES, Operator.DIV, Operator.MOD); op != null;
             op = operator(Operator.TIMES, Operator.DIV, Operator.MOD)) {
            left = new Expression.Binary(op, left, unary());
        }
        return left;
    }

    private Expression unary() {
        if (accept("-")) {
            descend();
            Expression negated = new Expression.Negation(unary());
            depth--;
            return negated;
        }
        return primary();
    }

    private Expression primary() {
        Token token = take();
        switch (token.type()) {
            case NUMBER:
                return new Expression.Literal(new Value.Number(new BigDecimal(token.text())));
            case STRING:
                return new Expression.Literal(new Value.Words(token.text()));
            case REFERENCE:
                return new Expression.Reference(token.text(), token.position());
            case DOT:
                return new Expression.Self();
            case NAME:
                return call(token);
            default:
                if (token.text().equals("(")) {
                    Expression inner = or();
                    expect(")");
                    return inner;
                }
                throw new ExpressionInvalid("expression.unexpected", token.text(), token.position());
        }
    }

    private Expression call(Token name) {
        Function function = Function.named(name.text());
        if (function == null || !accept("(")) {
            throw new ExpressionInvalid("expression.unexpected", name.text(), name.position());
        }
        List<Expression> arguments = new ArrayList<>();
        if (!accept(")")) {
            do {
                arguments.add(or());
            } while (accept(","));
            expect(")");
        }
        if (arguments.size() != function.arity) {
            throw new ExpressionInvalid("expression.arity", function.name, function.arity);
        }
        return new Expression.Call(function, arguments);
    }

    private void descend() {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionInvalid("expression.tooDeep", MAX_DEPTH);
        }
    }

    private Operator operator(Operator... candidates) {
        if (next < tokens.size() && tokens.get(next).isWord()) {
            for (Operator op : candidates) {
                if (tokens.get(next).text().equals(op.symbol)) {
                    next++;
                    return op;
                }
            }
        }
        return null;
    }

    private boolean accept(String symbol) {
        if (next < tokens.size() && tokens.get(next).isWord()
                && tokens.get(next).text().equals(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!accept(symbol)) {
            Token token = take();
            throw new ExpressionInvalid("expression.unexpected", token.text(), token.position());
        }
    }

    private Token take() {
        if (next >= tokens.size()) {
            throw new ExpressionInvalid("expression.unexpectedEnd");
        }
        return tokens.get(next++);
    }
}
