package vn.thuocdo.survey.xlsx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code choices} sheet: the choice lists by {@code list_name}, in the order of the file. Three list names are
 * ours: {@code thuocdo_not_valid} (the "not applicable / don't know" answers), {@code thuocdo_parts} and
 * {@code thuocdo_elements} (the grouping of satisfaction items; an element names its part in {@code thuocdo_part}).
 */
final class ChoicesReading {

    static final String SHEET = "choices";
    static final String NOT_VALID = "thuocdo_not_valid";
    static final String PARTS = "thuocdo_parts";
    static final String ELEMENTS = "thuocdo_elements";
    static final Set<String> PLAIN = Set.of("list_name", "name", "thuocdo_part");
    static final Set<String> TRANSLATED = Set.of("label");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final Map<String, ArrayNode> lists = new LinkedHashMap<>();
    final ArrayNode notValid = JSON.arrayNode();
    final ArrayNode parts = JSON.arrayNode();
    /** The first row of each list name, and of each part and element key. */
    final Map<String, Integer> rows = new HashMap<>();

    private ChoicesReading() {
    }

    static ChoicesReading read(List<String> headers, List<Line> lines, Problems problems) {
        ChoicesReading reading = new ChoicesReading();
        Columns columns = Columns.of(SHEET, headers, PLAIN, TRANSLATED, Set.of("list_name", "name"), problems);
        Cells cells = new Cells(SHEET, columns, problems);
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, ObjectNode> partsByKey = new HashMap<>();
        Map<Line, ObjectNode> elements = new LinkedHashMap<>();
        Map<Line, String> partOfElement = new HashMap<>();
        for (Line line : lines) {
            columns.refuseUnknown(line);
            String list = cells.text(line, "list_name", Cells.NAME_MAX);
            String name = cells.text(line, "name", Cells.NAME_MAX);
            ObjectNode label = cells.translated(line, "label", Cells.LABEL_MAX);
            String part = cells.text(line, "thuocdo_part", Cells.NAME_MAX);
            if (list == null || name == null) {
                problems.at(SHEET, line.row(), null, "xlsform.choiceIncomplete");
                continue;
            }
            if (!names.computeIfAbsent(list, l -> new HashSet<>()).add(name)) {
                problems.at(SHEET, line.row(), columns.header("name"), "xlsform.duplicateChoice", name, list);
                continue;
            }
            if (label == null) {
                problems.at(SHEET, line.row(), "label", "xlsform.labelMissing", name);
            }
            if (part != null && !list.equals(ELEMENTS)) {
                problems.at(SHEET, line.row(), columns.header("thuocdo_part"), "xlsform.partOnlyForElements");
            }
            reading.rows.putIfAbsent(list, line.row());
            if (list.equals(PARTS) || list.equals(ELEMENTS)) {
                reading.rows.putIfAbsent(name, line.row());
            }
            ObjectNode option = JSON.objectNode().put("key", name).set("label", label);
            switch (list) {
                case NOT_VALID -> reading.notValid.add(option);
                case PARTS -> {
                    option.set("elements", JSON.arrayNode());
                    reading.parts.add(option);
                    partsByKey.put(name, option);
                }
                case ELEMENTS -> {
                    elements.put(line, option);
                    partOfElement.put(line, part);
                }
                default -> reading.lists.computeIfAbsent(list, l -> JSON.arrayNode()).add(option);
            }
        }
        // Parts may come after their elements in the file: placed once every row is read.
        elements.forEach((line, element) -> {
            ObjectNode part = partsByKey.get(partOfElement.get(line));
            if (part == null) {
                problems.at(SHEET, line.row(), "thuocdo_part", "xlsform.unknownPart",
                        partOfElement.get(line) == null ? "" : partOfElement.get(line));
            } else {
                ((ArrayNode) part.get("elements")).add(element);
            }
        });
        return reading;
    }
}
