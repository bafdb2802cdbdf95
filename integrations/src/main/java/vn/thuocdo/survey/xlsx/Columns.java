package vn.thuocdo.survey.xlsx;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The header row of one sheet: which column holds what. Columns are found by their header, in any order;
 * translated ones ({@code label::Tiếng Việt (vi)}, {@code label::vi}, {@code label::English}, or a bare
 * {@code label} for Vietnamese) by language. A column the importer does not know is refused at the first row that
 * has something in it, so an empty leftover column of another tool is harmless and nothing written is dropped.
 */
final class Columns {

    static final String VI = "vi";
    static final String EN = "en";

    private final String sheet;
    private final Problems problems;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, String> headerOf = new HashMap<>();
    private final Map<Integer, String> unknown = new TreeMap<>();

    private Columns(String sheet, Problems problems) {
        this.sheet = sheet;
        this.problems = problems;
    }

    /**
     * @param plain      the columns without a language ({@code type}, {@code name}...)
     * @param translated the columns with one ({@code label}, {@code hint}...)
     * @param required   the plain columns the sheet cannot do without
     */
    static Columns of(String sheet, List<String> headers, Set<String> plain, Set<String> translated,
                      Set<String> required, Problems problems) {
        Columns columns = new Columns(sheet, problems);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header != null) {
                columns.place(i, header, plain, translated);
            }
        }
        for (String column : required) {
            if (!columns.byKey.containsKey(column)) {
                problems.at(sheet, 1, null, "xlsform.missingColumn", column);
            }
        }
        return columns;
    }

    private void place(int index, String header, Set<String> plain, Set<String> translated) {
        int split = header.indexOf("::");
        String base = (split < 0 ? header : header.substring(0, split)).strip().toLowerCase(Locale.ROOT);
        String key = null;
        if (split < 0 && plain.contains(base)) {
            key = base;
        } else if (translated.contains(base)) {
            String language = split < 0 ? VI : language(header.substring(split + 2));
            if (language == null) {
                problems.at(sheet, 1, header, "xlsform.unsupportedLanguage", header.substring(split + 2).strip());
                return;
            }
            key = base + "::" + language;
        }
        if (key == null) {
            unknown.put(index, header);
        } else if (byKey.putIfAbsent(key, index) != null) {
            problems.at(sheet, 1, header, "xlsform.duplicateColumn", headerOf.get(key), header);
        } else {
            headerOf.put(key, header);
        }
    }

    /** "Tiếng Việt (vi)", "Tiếng Việt", "vi", "English (en)", "English", "en": the code, else null. */
    static String language(String written) {
        // NFC: a header typed on a Mac may spell "Việt" with combining marks.
        String text = Normalizer.normalize(written, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        int open = text.lastIndexOf('(');
        if (open >= 0 && text.endsWith(")")) {
            text = text.substring(open + 1, text.length() - 1).strip();
        }
        return switch (text) {
            case "vi", "tiếng việt", "tieng viet", "vietnamese" -> VI;
            case "en", "english", "tiếng anh" -> EN;
            default -> null;
        };
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The column's header as the file wrote it, for messages. */
    String header(String key) {
        return headerOf.getOrDefault(key, key);
    }

    /** The cell's text, or null when empty; a text longer than {@code max} is refused (and null). */
    String text(Line line, String key, int max) {
        Integer index = byKey.get(key);
        String text = index == null ? null : line.cell(index);
        if (text != null && text.length() > max) {
            problems.at(sheet, line.row(), header(key), "xlsform.tooLong", text.length(), max);
            return null;
        }
        return text;
    }

    /** Refuses every column the importer does not know that this row writes in. */
    void refuseUnknown(Line line) {
        unknown.forEach((index, header) -> {
            if (line.cell(index) != null) {
                problems.at(sheet, line.row(), header, "xlsform.unsupportedColumn", header);
            }
        });
    }
}
