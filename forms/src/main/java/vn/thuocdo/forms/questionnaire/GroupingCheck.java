package vn.thuocdo.forms.questionnaire;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The grouping of satisfaction items into elements and parts: keys unique, and no element left without an item. */
final class GroupingCheck {

    private final Questionnaire questionnaire;
    private final QuestionnaireValidator.Problems problems;

    GroupingCheck(Questionnaire questionnaire, QuestionnaireValidator.Problems problems) {
        this.questionnaire = questionnaire;
        this.problems = problems;
    }

    void keys() {
        Set<String> keys = new HashSet<>();
        List<Grouping.Part> parts = questionnaire.grouping().parts();
        for (int p = 0; p < parts.size(); p++) {
            Grouping.Part part = parts.get(p);
            String where = "grouping.parts[" + p + "]";
            if (part == null || part.key() == null || part.label() == null) {
                problems.add(where, null, "questionnaire.missing", "key, label");
                continue;
            }
            if (!QuestionnaireValidator.isName(part.key()) || !keys.add(part.key())) {
                problems.add(where, part.key(), "questionnaire.duplicateKey", part.key());
            }
            if (part.elements().isEmpty()) {
                problems.add(where, part.key(), "questionnaire.emptyList", "elements");
            }
            for (int e = 0; e < part.elements().size(); e++) {
                Grouping.Element element = part.elements().get(e);
                String at = where + ".elements[" + e + "]";
                if (element == null || element.key() == null || element.label() == null) {
                    problems.add(at, null, "questionnaire.missing", "key, label");
                } else if (!QuestionnaireValidator.isName(element.key()) || !keys.add(element.key())) {
                    problems.add(at, element.key(), "questionnaire.duplicateKey", element.key());
                }
            }
        }
    }

    void elementsHaveItems() {
        Set<String> used = new HashSet<>();
        questionnaire.questions().stream().filter(q -> q != null && q.kind() == QuestionKind.SATISFACTION)
                .forEach(q -> used.add(q.element()));
        List<Grouping.Part> parts = questionnaire.grouping().parts();
        for (int p = 0; p < parts.size(); p++) {
            Grouping.Part part = parts.get(p);
            for (int e = 0; part != null && e < part.elements().size(); e++) {
                Grouping.Element element = part.elements().get(e);
                if (element != null && element.key() != null && !used.contains(element.key())) {
                    problems.add("grouping.parts[" + p + "].elements[" + e + "]", element.key(),
                            "questionnaire.elementWithoutItems", element.key());
                }
            }
        }
    }
}
