package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.design.FieldworkRules;
import vn.thuocdo.forms.design.QualityRule.ScaleGroup;
import vn.thuocdo.forms.questionnaire.Questionnaire;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scale rule's items with the keys of their scale: an answer counts only when it is one of them, so "na" and
 * "dk" (not valid for the index) neither make nor break a straight line.
 */
record ScaleItems(List<String> ids, List<Set<String>> keys) {

    static ScaleItems of(FieldworkRules rules, ScaleGroup group, Questionnaire questionnaire) {
        List<String> ids = rules.scaleQuestions(group, questionnaire);
        List<Set<String>> keys = ids.stream().map(id -> questionnaire.choicesOf(questionnaire.question(id)
                .orElseThrow()).stream().map(Option::key).collect(Collectors.toUnmodifiableSet())).toList();
        return new ScaleItems(ids, keys);
    }

    /** The interview's scale answer to item {@code i}, or null when unanswered or not on the scale. */
    String answer(InterviewFacts interview, int i) {
        Object value = interview.answers().get(ids.get(i));
        return value instanceof String key && keys.get(i).contains(key) ? key : null;
    }

    int size() {
        return ids.size();
    }
}
