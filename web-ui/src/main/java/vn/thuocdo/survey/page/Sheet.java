package vn.thuocdo.survey.page;

import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Section;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One section page as it is to be shown: the code it carries (hidden in the form, never in the address), the
 * section among those asked, which questions are asked now, the answers to show and the reasons of refused ones.
 */
record Sheet(String code, Questionnaire questionnaire, Section section, int position, int of, Set<String> asked,
             Map<String, Object> values, Map<String, String> errors, boolean last) {

    /** The refusals in the section's order, for the summary at the top. */
    List<Map.Entry<String, String>> errorsInOrder() {
        return section.questions().stream().filter(q -> errors.containsKey(q.id()))
                .map(q -> Map.entry(q.id(), errors.get(q.id()))).toList();
    }
}
