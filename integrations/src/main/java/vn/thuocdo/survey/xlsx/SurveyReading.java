package vn.thuocdo.survey.xlsx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code survey} sheet: each {@code begin_group} ... {@code end_group} is a section, each row between them a
 * question. A type the importer does not support is refused by name and row, never skipped.
 */
final class SurveyReading {

    static final String SHEET = "survey";
    static final Set<String> PLAIN = Set.of("type", "name", "relevant", "constraint", "required", "appearance",
            QuestionRow.ELEMENT, QuestionRow.NOT_VALID, QuestionRow.MIN, QuestionRow.MAX, QuestionRow.MAX_LENGTH,
            QuestionRow.DECIMALS);
    static final Set<String> TRANSLATED = Set.of("label", "hint", "constraint_message");
    /** Columns that mean nothing on a group's rows: written there, they are refused rather than ignored. */
    private static final List<String> NOT_FOR_GROUPS = List.of("constraint", "required", QuestionRow.ELEMENT,
            QuestionRow.NOT_VALID, QuestionRow.MIN, QuestionRow.MAX, QuestionRow.MAX_LENGTH, QuestionRow.DECIMALS);

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final ArrayNode sections = JSON.arrayNode();
    final Map<String, Integer> rows = new HashMap<>();

    private SurveyReading() {
    }

    static SurveyReading read(List<String> headers, List<Line> lines, Map<String, ArrayNode> lists,
                              Problems problems) {
        SurveyReading reading = new SurveyReading();
        Columns columns = Columns.of(SHEET, headers, PLAIN, TRANSLATED, Set.of("type", "name"), problems);
        Cells cells = new Cells(SHEET, columns, problems);
        QuestionRow questions = new QuestionRow(cells, columns, lists, problems);
        ObjectNode section = null;
        int openedAt = 0;
        for (Line line : lines) {
            columns.refuseUnknown(line);
            String type = cells.text(line, "type", Cells.WORD_MAX);
            if (type == null) {
                problems.at(SHEET, line.row(), "type", "xlsform.typeMissing");
                continue;
            }
            type = type.replaceAll("\\s+", " ");
            String keyword = type.toLowerCase(Locale.ROOT).replace(' ', '_');
            if (keyword.equals("begin_group")) {
                if (section != null) {
                    problems.at(SHEET, line.row(), "type", "xlsform.nestedGroup", openedAt);
                }
                section = reading.group(line, cells, columns, problems);
                openedAt = line.row();
            } else if (keyword.equals("end_group")) {
                if (section == null) {
                    problems.at(SHEET, line.row(), "type", "xlsform.endWithoutBegin");
                }
                section = null;
            } else if (section == null) {
                problems.at(SHEET, line.row(), "type", "xlsform.outsideGroup");
            } else {
                ObjectNode question = questions.read(line, type);
                if (question != null) {
                    ((ArrayNode) section.get("questions")).add(question);
                    reading.rows.putIfAbsent(question.path("id").asText(), line.row());
                }
            }
        }
        if (section != null) {
            problems.at(SHEET, openedAt, "type", "xlsform.groupNotClosed");
        }
        if (reading.sections.isEmpty() && !problems.any()) {
            problems.at(SHEET, 0, null, "xlsform.noGroups");
        }
        return reading;
    }

    private ObjectNode group(Line line, Cells cells, Columns columns, Problems problems) {
        for (String column : NOT_FOR_GROUPS) {
            if (columns.text(line, column, Integer.MAX_VALUE) != null) {
                problems.at(SHEET, line.row(), columns.header(column), "xlsform.notForGroups", columns.header(column));
            }
        }
        String id = cells.text(line, "name", Cells.NAME_MAX);
        if (id == null) {
            problems.at(SHEET, line.row(), "name", "xlsform.nameMissing");
        } else {
            rows.putIfAbsent(id, line.row());
        }
        ObjectNode title = cells.translated(line, "label", Cells.LABEL_MAX);
        if (title == null) {
            problems.at(SHEET, line.row(), "label", "xlsform.labelMissing", id == null ? "" : id);
        }
        String appearance = cells.text(line, "appearance", Cells.WORD_MAX);
        if (appearance != null && !appearance.equals("field-list")) {
            problems.at(SHEET, line.row(), "appearance", "xlsform.unsupportedAppearance", appearance);
        }
        ObjectNode section = JSON.objectNode().put("id", id);
        section.set("title", title);
        section.put("relevant", cells.text(line, "relevant", Cells.EXPRESSION_MAX));
        section.set("questions", JSON.arrayNode());
        sections.add(section);
        return section;
    }
}
