package vn.thuocdo.fieldwork.offline;

import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.questionnaire.ExpressionTree;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire as the offline kit renders it: Vietnamese texts, choices resolved from their lists, and every
 * relevance and constraint as the forms module's parsed tree, so the device's interpreter never sees expression
 * text. The server still reads every answer again with the questionnaire itself: the device only helps.
 */
final class QuestionnaireExport {

    private QuestionnaireExport() {
    }

    static Map<String, Object> of(Questionnaire questionnaire) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", questionnaire.reference());
        body.put("title", vi(questionnaire.title()));
        body.put("notValid", options(questionnaire.notValid()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", section.id());
            row.put("title", vi(section.title()));
            row.put("relevant", tree(section.relevant()));
            row.put("questions", section.questions().stream().map(q -> question(questionnaire, q)).toList());
            sections.add(row);
        }
        body.put("sections", sections);
        return body;
    }

    private static Map<String, Object> question(Questionnaire questionnaire, Question question) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", question.id());
        row.put("kind", question.kind().name());
        row.put("label", vi(question.label()));
        row.put("hint", vi(question.hint()));
        if (question.choices() != null) {
            row.put("choices", options(questionnaire.choicesOf(question)));
        }
        row.put("required", question.kind() != QuestionKind.NOTE && question.required());
        row.put("relevant", tree(question.relevant()));
        row.put("constraint", tree(question.constraint()));
        row.put("constraintMessage", vi(question.constraintMessage()));
        row.put("allowNotValid", question.allowNotValid());
        row.put("min", question.min());
        row.put("max", question.max());
        row.put("maxLength", question.maxLength());
        row.put("decimals", question.decimals());
        return row;
    }

    private static List<Map<String, Object>> options(List<Option> options) {
        return options.stream().map(o -> {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("key", o.key());
            option.put("label", vi(o.label()));
            return option;
        }).toList();
    }

    private static Map<String, Object> tree(String expression) {
        return expression == null || expression.isBlank() ? null : ExpressionTree.parse(expression).toJson();
    }

    private static String vi(Text text) {
        return text == null ? null : text.vi();
    }
}
