package vn.thuocdo.survey.xlsx;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code settings} sheet: one row under the header naming the questionnaire ({@code form_id}, {@code version},
 * {@code form_title}) and its kind ({@code thuocdo_kind}: CITIZEN or OFFICIALS). ODK's other settings (style,
 * submission_url, public_key...) are refused by name: none of them means anything here yet.
 */
final class SettingsReading {

    static final String SHEET = "settings";
    static final Set<String> PLAIN = Set.of("form_id", "version", "thuocdo_kind");
    static final Set<String> TRANSLATED = Set.of("form_title", "thuocdo_description");
    static final Set<String> KINDS = Set.of("CITIZEN", "OFFICIALS");

    private SettingsReading() {
    }

    /** Writes id, version, kind, title and description into {@code definition}. */
    static void read(List<String> headers, List<Line> lines, ObjectNode definition, Problems problems) {
        Columns columns = Columns.of(SHEET, headers, PLAIN, TRANSLATED, Set.of("form_id", "version", "thuocdo_kind"),
                problems);
        if (lines.isEmpty()) {
            problems.at(SHEET, 2, null, "xlsform.settingsEmpty");
            return;
        }
        for (Line extra : lines.subList(1, lines.size())) {
            problems.at(SHEET, extra.row(), null, "xlsform.settingsOneRow");
        }
        Line line = lines.get(0);
        columns.refuseUnknown(line);
        Cells cells = new Cells(SHEET, columns, problems);
        String id = cells.text(line, "form_id", Cells.NAME_MAX);
        Integer version = cells.count(line, "version");
        String kind = cells.text(line, "thuocdo_kind", Cells.WORD_MAX);
        ObjectNode title = cells.translated(line, "form_title", Cells.LABEL_MAX);
        ObjectNode description = cells.translated(line, "thuocdo_description", 4 * Cells.LABEL_MAX);
        if (id == null) {
            problems.at(SHEET, line.row(), columns.header("form_id"), "xlsform.required", "form_id");
        }
        // A version the cell already refused (not a number) is not refused twice.
        boolean written = cells.text(line, "version", Cells.WORD_MAX) != null;
        if (version == null && !written || version != null && version < 1) {
            problems.at(SHEET, line.row(), columns.header("version"), "xlsform.versionInvalid");
        }
        if (kind == null || !KINDS.contains(kind.toUpperCase(Locale.ROOT))) {
            problems.at(SHEET, line.row(), columns.header("thuocdo_kind"), "xlsform.kindInvalid",
                    kind == null ? "" : kind);
        }
        if (title == null) {
            problems.at(SHEET, line.row(), "form_title", "xlsform.required", "form_title");
        }
        definition.put("id", id);
        definition.put("version", version);
        definition.put("kind", kind == null ? null : kind.toUpperCase(Locale.ROOT));
        definition.set("title", title);
        if (description != null) {
            definition.set("description", description);
        }
    }
}
