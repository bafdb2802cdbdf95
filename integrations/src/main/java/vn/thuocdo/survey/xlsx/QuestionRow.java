package vn.thuocdo.survey.xlsx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One question row of the {@code survey} sheet. Types: {@code select_one L}, {@code select_multiple L},
 * {@code integer}, {@code decimal}, {@code text} ({@code appearance} multiline: a long text), {@code date},
 * {@code note}; a {@code select_one} with {@code thuocdo_element} is a satisfaction item of that element.
 */
final class QuestionRow {

    static final String ELEMENT = "thuocdo_element";
    static final String NOT_VALID = "thuocdo_not_valid";
    static final String MIN = "thuocdo_min";
    static final String MAX = "thuocdo_max";
    static final String MAX_LENGTH = "thuocdo_max_length";
    static final String DECIMALS = "thuocdo_decimals";
    /** Presentation hints of ODK that change nothing of what is asked: accepted, not kept. */
    static final Set<String> HARMLESS_APPEARANCES = Set.of("minimal", "likert", "horizontal", "horizontal-compact",
            "compact", "quick");
    private static final Map<String, String> SIMPLE = Map.of("integer", "INTEGER", "decimal", "DECIMAL",
            "text", "TEXT", "date", "DATE", "note", "NOTE");

    private final Cells cells;
    private final Columns columns;
    private final Map<String, ArrayNode> lists;
    private final Problems problems;

    QuestionRow(Cells cells, Columns columns, Map<String, ArrayNode> lists, Problems problems) {
        this.cells = cells;
        this.columns = columns;
        this.lists = lists;
        this.problems = problems;
    }

    /** The question, or null when its type is refused (the reason is noted). */
    ObjectNode read(Line line, String type) {
        String[] words = type.split(" ");
        String keyword = words[0].toLowerCase(Locale.ROOT);
        String appearance = cells.text(line, "appearance", Cells.WORD_MAX);
        String element = cells.text(line, ELEMENT, Cells.NAME_MAX);
        String kind;
        String list = null;
        if ((keyword.equals("select_one") || keyword.equals("select_multiple")) && words.length == 2) {
            list = words[1];
            kind = keyword.equals("select_one") ? (element == null ? "SINGLE_CHOICE" : "SATISFACTION")
                    : "MULTIPLE_CHOICE";
            if (!lists.containsKey(list)) {
                problems.at(SurveyReading.SHEET, line.row(), "type", "xlsform.unknownList", list);
            }
        } else if (words.length == 1 && SIMPLE.containsKey(keyword)) {
            kind = keyword.equals("text") && "multiline".equals(appearance) ? "LONG_TEXT" : SIMPLE.get(keyword);
        } else {
            problems.at(SurveyReading.SHEET, line.row(), "type", "xlsform.unsupportedType", type);
            return null;
        }
        if (appearance != null && !HARMLESS_APPEARANCES.contains(appearance) && !kind.equals("LONG_TEXT")) {
            problems.at(SurveyReading.SHEET, line.row(), "appearance", "xlsform.unsupportedAppearance", appearance);
        }
        if (element != null && !kind.equals("SATISFACTION")) {
            problems.at(SurveyReading.SHEET, line.row(), columns.header(ELEMENT), "xlsform.elementOnlyForSelectOne");
        }
        String id = cells.text(line, "name", Cells.NAME_MAX);
        if (id == null) {
            problems.at(SurveyReading.SHEET, line.row(), "name", "xlsform.nameMissing");
        }
        ObjectNode label = cells.translated(line, "label", Cells.LABEL_MAX);
        if (label == null) {
            problems.at(SurveyReading.SHEET, line.row(), "label", "xlsform.labelMissing", id == null ? "" : id);
        }
        ObjectNode question = JsonNodeFactory.instance.objectNode().put("id", id).put("kind", kind);
        question.set("label", label);
        question.set("hint", cells.translated(line, "hint", Cells.LABEL_MAX));
        question.put("choices", list);
        question.put("required", cells.yesNo(line, "required"));
        question.put("relevant", cells.text(line, "relevant", Cells.EXPRESSION_MAX));
        question.put("constraint", cells.text(line, "constraint", Cells.EXPRESSION_MAX));
        question.set("constraintMessage", cells.translated(line, "constraint_message", Cells.LABEL_MAX));
        question.put("allowNotValid", cells.yesNo(line, NOT_VALID));
        question.put("min", cells.whole(line, MIN));
        question.put("max", cells.whole(line, MAX));
        question.put("maxLength", cells.count(line, MAX_LENGTH));
        question.put("decimals", cells.count(line, DECIMALS));
        question.put("element", element);
        return question;
    }
}
