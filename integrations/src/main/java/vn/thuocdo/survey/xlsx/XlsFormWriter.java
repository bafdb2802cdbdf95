package vn.thuocdo.survey.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A questionnaire's definition as an XLSForm workbook in the layout the importer reads, so that importing the
 * export gives the same questionnaire: sections as groups, our additions in {@code thuocdo_*} columns and lists.
 */
final class XlsFormWriter {

    private static final String VI = "::Tiếng Việt (vi)";
    private static final String EN = "::English (en)";
    static final List<String> SURVEY = List.of("type", "name", "label" + VI, "label" + EN, "hint" + VI, "hint" + EN,
            "relevant", "constraint", "constraint_message" + VI, "constraint_message" + EN, "required", "appearance",
            QuestionRow.ELEMENT, QuestionRow.NOT_VALID, QuestionRow.MIN, QuestionRow.MAX, QuestionRow.MAX_LENGTH,
            QuestionRow.DECIMALS);
    static final List<String> CHOICES = List.of("list_name", "name", "label" + VI, "label" + EN, "thuocdo_part");
    static final List<String> SETTINGS = List.of("form_id", "version", "form_title" + VI, "form_title" + EN,
            "thuocdo_kind", "thuocdo_description" + VI, "thuocdo_description" + EN);

    private XlsFormWriter() {
    }

    static byte[] write(JsonNode definition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
            survey(header(workbook.newWorksheet(SurveyReading.SHEET), SURVEY), definition);
            choices(header(workbook.newWorksheet(ChoicesReading.SHEET), CHOICES), definition);
            Worksheet settings = header(workbook.newWorksheet(SettingsReading.SHEET), SETTINGS);
            put(settings, 1, 0, definition.path("id"));
            put(settings, 1, 1, definition.path("version"));
            text(settings, 1, 2, definition.path("title"));
            put(settings, 1, 4, definition.path("kind"));
            text(settings, 1, 5, definition.path("description"));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Worksheet header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, c < 2 ? 22 : 30);
        }
        sheet.freezePane(0, 1);
        return sheet;
    }

    private static void survey(Worksheet sheet, JsonNode definition) {
        int r = 1;
        for (JsonNode section : definition.path("sections")) {
            sheet.value(r, 0, "begin_group");
            put(sheet, r, 1, section.path("id"));
            text(sheet, r, 2, section.path("title"));
            put(sheet, r, 6, section.path("relevant"));
            r++;
            for (JsonNode question : section.path("questions")) {
                question(sheet, r++, question);
            }
            sheet.value(r++, 0, "end_group");
        }
    }

    private static void question(Worksheet sheet, int r, JsonNode q) {
        String kind = q.path("kind").asText();
        String type = switch (kind) {
            case "SINGLE_CHOICE", "SATISFACTION" -> "select_one " + q.path("choices").asText();
            case "MULTIPLE_CHOICE" -> "select_multiple " + q.path("choices").asText();
            case "LONG_TEXT" -> "text";
            default -> kind.toLowerCase(java.util.Locale.ROOT);
        };
        sheet.value(r, 0, type);
        put(sheet, r, 1, q.path("id"));
        text(sheet, r, 2, q.path("label"));
        text(sheet, r, 4, q.path("hint"));
        put(sheet, r, 6, q.path("relevant"));
        put(sheet, r, 7, q.path("constraint"));
        text(sheet, r, 8, q.path("constraintMessage"));
        if (q.path("required").asBoolean(false)) {
            sheet.value(r, 10, "yes");
        }
        if (kind.equals("LONG_TEXT")) {
            sheet.value(r, 11, "multiline");
        }
        put(sheet, r, 12, q.path("element"));
        if (q.path("allowNotValid").asBoolean(false)) {
            sheet.value(r, 13, "yes");
        }
        put(sheet, r, 14, q.path("min"));
        put(sheet, r, 15, q.path("max"));
        put(sheet, r, 16, q.path("maxLength"));
        put(sheet, r, 17, q.path("decimals"));
    }

    private static void choices(Worksheet sheet, JsonNode definition) {
        int r = 1;
        var lists = definition.path("choiceLists").fields();
        while (lists.hasNext()) {
            var list = lists.next();
            for (JsonNode option : list.getValue()) {
                r = option(sheet, r, list.getKey(), option, null);
            }
        }
        for (JsonNode option : definition.path("notValid")) {
            r = option(sheet, r, ChoicesReading.NOT_VALID, option, null);
        }
        for (JsonNode part : definition.path("grouping").path("parts")) {
            r = option(sheet, r, ChoicesReading.PARTS, part, null);
        }
        for (JsonNode part : definition.path("grouping").path("parts")) {
            for (JsonNode element : part.path("elements")) {
                r = option(sheet, r, ChoicesReading.ELEMENTS, element, part.path("key").asText());
            }
        }
    }

    private static int option(Worksheet sheet, int r, String list, JsonNode option, String part) {
        sheet.value(r, 0, list);
        put(sheet, r, 1, option.path("key"));
        text(sheet, r, 2, option.path("label"));
        if (part != null) {
            sheet.value(r, 4, part);
        }
        return r + 1;
    }

    /** A text in Vietnamese at {@code c} and English at {@code c + 1}. */
    private static void text(Worksheet sheet, int r, int c, JsonNode text) {
        put(sheet, r, c, text.path("vi"));
        put(sheet, r, c + 1, text.path("en"));
    }

    /** A value as text (codes, expressions) or a number; nothing for an absent or null one. */
    private static void put(Worksheet sheet, int r, int c, JsonNode value) {
        if (value.isNumber()) {
            sheet.value(r, c, value.decimalValue());
        } else if (value.isTextual() && !value.asText().isEmpty()) {
            sheet.value(r, c, value.asText());
        }
    }
}
