package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Answer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed expression as data, for a renderer that evaluates skip logic where the server is not (the enumerator's
 * offline kit). The tree comes from this module's own parser, so a device never parses expression text and cannot
 * read one differently; its JSON syntax (docs/questionnaires.md, "Expressions as a tree") is one small object per node:
 * <ul>
 *   <li>{@code {"num": "0.5"}} a number (its exact decimal as text), {@code {"text": "yes"}} a text;</li>
 *   <li>{@code {"ref": "age"}} an earlier question's answer, {@code {"self": true}} the answer being checked;</li>
 *   <li>{@code {"neg": node}} unary minus; {@code {"op": "<=", "left": node, "right": node}} with the operators
 *       {@code or and = != < <= > >= + - * div mod};</li>
 *   <li>{@code {"call": "selected", "args": [node, ...]}} with {@code not selected count-selected string-length today}.</li>
 * </ul>
 */
public final class ExpressionTree {

    private final Expression expression;

    private ExpressionTree(Expression expression) {
        this.expression = expression;
    }

    /** Parses with the questionnaire's parser and bounds; a text that does not parse is {@link ExpressionInvalid}. */
    public static ExpressionTree parse(String text) {
        return new ExpressionTree(ExpressionParser.parse(text));
    }

    /** The tree as maps, lists and texts, ready for any JSON writer. */
    public Map<String, Object> toJson() {
        return node(expression);
    }

    /**
     * What the questionnaire's own evaluator makes of the expression (XPath truth): the reference the device's
     * interpreter is held to. {@code self} is the answer a constraint checks; null elsewhere.
     */
    public boolean holds(Map<String, Answer> answers, Answer self, LocalDate today) {
        return Rules.holds(expression, answers, self, today);
    }

    private static Map<String, Object> node(Expression expression) {
        Map<String, Object> node = new LinkedHashMap<>();
        if (expression instanceof Expression.Literal literal) {
            if (literal.value() instanceof Value.Number number) {
                node.put("num", number.value().toPlainString());
            } else {
                node.put("text", literal.value().text());
            }
        } else if (expression instanceof Expression.Reference reference) {
            node.put("ref", reference.questionId());
        } else if (expression instanceof Expression.Self) {
            node.put("self", true);
        } else if (expression instanceof Expression.Negation negation) {
            node.put("neg", node(negation.operand()));
        } else if (expression instanceof Expression.Binary binary) {
            node.put("op", binary.operator().symbol);
            node.put("left", node(binary.left()));
            node.put("right", node(binary.right()));
        } else if (expression instanceof Expression.Call call) {
            node.put("call", call.function().name);
            node.put("args", call.arguments().stream().map(ExpressionTree::node).toList());
        }
        return node;
    }
}
