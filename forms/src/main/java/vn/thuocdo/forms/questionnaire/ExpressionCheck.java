package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Field;
import vn.thuocdo.forms.FieldType;
import vn.thuocdo.forms.Option;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parses every expression once and checks what it reads: only questions that come earlier (so skip logic cannot
 * cycle), never a note, never the question itself in its own relevance, '.' only in a constraint, and
 * {@code selected} only with a key the question offers. Then compiles the rules the reader uses.
 */
final class ExpressionCheck {

    private final Questionnaire questionnaire;
    private final Map<String, Question> questions;
    private final QuestionnaireValidator.Problems problems;
    private final Map<String, Integer> order = new HashMap<>();
    private final Set<String> notValidKeys = new HashSet<>();
    private boolean failed;

    ExpressionCheck(Questionnaire questionnaire, Map<String, Question> questions,
                    QuestionnaireValidator.Problems problems) {
        this.questionnaire = questionnaire;
        this.questions = questions;
        this.problems = (path, id, code, args) -> {
            failed = true;
            problems.add(path, id, code, args);
        };
        questions.keySet().forEach(id -> order.put(id, order.size()));
        questionnaire.notValid().stream().filter(Objects::nonNull).forEach(o -> notValidKeys.add(o.key()));
    }

    /** The compiled rules; null when a problem was found (the caller refuses the questionnaire then). */
    Rules run() {
        List<Rules.Compiled> compiled = new ArrayList<>();
        List<Section> sections = questionnaire.sections();
        for (int s = 0; s < sections.size() && s < QuestionnaireValidator.MAX_SECTIONS; s++) {
            Section section = sections.get(s);
            if (section == null) {
                continue;
            }
            // A section's relevance reads only questions before the section: its own are not asked yet.
            Expression sectionRelevant = parse("sections[" + s + "]", section.id(), "relevant", section.relevant(),
                    null, compiled.size());
            for (int i = 0; i < section.questions().size(); i++) {
                Question q = section.questions().get(i);
                String at = "sections[" + s + "].questions[" + i + "]";
                if (q == null || !Objects.equals(order.get(q.id()), compiled.size())) {
                    continue;
                }
                Expression relevant = parse(at, q.id(), "relevant", q.relevant(), q, compiled.size());
                Expression constraint = parse(at, q.id(), "constraint", q.constraint(), q, compiled.size() + 1);
                Set<String> dependsOn = new HashSet<>();
                for (Expression e : new Expression[]{sectionRelevant, relevant, constraint}) {
                    if (e != null) {
                        e.references(dependsOn);
                    }
                }
                dependsOn.remove(q.id());
                List<Option> options = questionnaire.choicesOf(q);
                compiled.add(new Rules.Compiled(q, field(q, options),
                        options.stream().filter(Objects::nonNull).map(Option::key).toList(),
                        sectionRelevant, relevant, constraint, Set.copyOf(dependsOn)));
            }
        }
        return failed ? null : new Rules(compiled, notValidKeys);
    }

    /**
     * Parses one expression; {@code before} is how many questions precede the ones it may read (a constraint may
     * read its own question too); {@code question} is null for a section's relevance.
     */
    private Expression parse(String at, String id, String property, String text, Question question, int before) {
        if (text == null) {
            return null;
        }
        Expression expression;
        try {
            expression = ExpressionParser.parse(text);
        } catch (ExpressionInvalid e) {
            List<Object> args = new ArrayList<>(List.of(property));
            args.addAll(e.args());
            problems.add(at, id, e.code(), args.toArray());
            return null;
        }
        boolean constraint = property.equals("constraint");
        if (!constraint && expression.usesSelf()) {
            problems.add(at, id, "expression.dotInRelevant", property);
        }
        new ReferenceCheck(questions, order, notValidKeys, questionnaire, question, before, constraint,
                (code, args) -> {
                    List<Object> all = new ArrayList<>(List.of(property));
                    all.addAll(List.of(args));
                    problems.add(at, id, code, all.toArray());
                }).visit(expression);
        return expression;
    }

    /** The field that reads a scalar answer through forms' one reader; numbers may group thousands ("650.000"). */
    private static Field field(Question q, List<Option> options) {
        if (q.kind() == null) {
            return null;
        }
        return switch (q.kind()) {
            case SINGLE_CHOICE, SATISFACTION, MULTIPLE_CHOICE -> new Field(q.id(), q.label(), q.hint(), FieldType.CHOICE,
                    false, null, null, null, null, null, options);
            case INTEGER -> new Field(q.id(), q.label(), q.hint(), FieldType.INTEGER, false, q.min(), q.max(), null,
                    true, null, null);
            case DECIMAL -> new Field(q.id(), q.label(), q.hint(), FieldType.DECIMAL, false, q.min(), q.max(), null,
                    true, q.decimals(), null);
            case TEXT -> new Field(q.id(), q.label(), q.hint(), FieldType.TEXT, false, null, null, q.maxLength());
            case LONG_TEXT -> new Field(q.id(), q.label(), q.hint(), FieldType.LONG_TEXT, false, null, null,
                    q.maxLength());
            case DATE -> new Field(q.id(), q.label(), q.hint(), FieldType.DATE, false, null, null, null);
            case NOTE -> null;
        };
    }
}
