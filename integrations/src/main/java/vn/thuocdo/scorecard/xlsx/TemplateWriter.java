package vn.thuocdo.scorecard.xlsx;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Criterion;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.scorecard.ScorecardWorkbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A scorecard as the template: what {@link TemplateReader} reads back into the same scorecard. */
final class TemplateWriter {

    private TemplateWriter() {
    }

    static byte[] write(Scorecard scorecard) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
            about(workbook.newWorksheet(ScorecardWorkbooks.ABOUT_SHEET), scorecard);
            tree(workbook.newWorksheet(ScorecardWorkbooks.TREE_SHEET), scorecard);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void about(Worksheet sheet, Scorecard s) {
        header(sheet, List.of(Template.PROPERTY, Template.PROPERTY_VALUE, Template.MEANING));
        sheet.width(0, 16);
        sheet.width(1, 60);
        sheet.width(2, 70);
        Object[] values = {s.id(), s.version(), s.kind().name(), s.years().from(), s.years().to(), s.title().vi(),
                en(s.title()), s.totalPoints(), s.surveyPoints(), s.provisional() ? "có" : "không",
                s.source() == null ? null : s.source().vi(), s.source() == null ? null : en(s.source())};
        for (int i = 0; i < Template.PROPERTIES.size(); i++) {
            sheet.value(i + 1, 0, Template.PROPERTIES.get(i).get(0));
            put(sheet, i + 1, 1, values[i]);
            sheet.value(i + 1, 2, Template.PROPERTIES.get(i).get(1));
            sheet.style(i + 1, 1).wrapText(true).set();
        }
    }

    private static void tree(Worksheet sheet, Scorecard scorecard) {
        header(sheet, Template.TREE_COLUMNS);
        // Codes as text, so 1.10 stays 1.10 and is never read back as the number 1.1.
        sheet.range(1, 0, Template.ROWS_MAX, 0).style().format("@").set();
        int[] widths = {10, 6, 60, 40, 10, 11, 40, 40, 30, 13, 16, 40, 12, 24, 12, 50, 40};
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        int r = 1;
        for (Area area : scorecard.areas()) {
            node(sheet, r, area.code(), 1, area.title(), area.maxPoints(), null);
            sheet.style(r, 0).bold().fillColor("F2F2F2").set();
            sheet.style(r, 2).bold().fillColor("F2F2F2").set();
            r++;
            for (Criterion criterion : area.criteria()) {
                node(sheet, r, criterion.code(), 2, criterion.title(), criterion.maxPoints(), criterion.guidance());
                sheet.style(r, 2).bold().set();
                r++;
                for (SubCriterion sub : criterion.subCriteria()) {
                    node(sheet, r, sub.code(), 3, sub.title(), sub.maxPoints(), sub.guidance());
                    rule(sheet, r, sub);
                    r++;
                }
            }
        }
    }

    private static void node(Worksheet sheet, int r, String code, int level, Text title, BigDecimal max,
                             Text guidance) {
        sheet.value(r, column(Template.CODE), code);
        sheet.value(r, column(Template.LEVEL), level);
        sheet.value(r, column(Template.TITLE_VI), title.vi());
        put(sheet, r, column(Template.TITLE_EN), en(title));
        sheet.value(r, column(Template.MAX_POINTS), max);
        if (guidance != null) {
            sheet.value(r, column(Template.GUIDANCE_VI), guidance.vi());
            put(sheet, r, column(Template.GUIDANCE_EN), en(guidance));
        }
    }

    private static void rule(Worksheet sheet, int r, SubCriterion sub) {
        ScoringRule rule = sub.rule();
        sheet.value(r, column(Template.TYPE), rule.type());
        if (sub.evidenceRequired() != null) {
            sheet.value(r, column(Template.EVIDENCE), sub.evidenceRequired() ? "có" : "không");
        }
        if (rule instanceof ScoringRule.Tiered tiered) {
            multiline(sheet, r, Template.LEVELS, tiered.levels().stream()
                    .map(l -> line(l.key(), plain(l.points()), l.label().vi(), en(l.label()))).toList());
        } else if (rule instanceof ScoringRule.Formula formula) {
            multiline(sheet, r, Template.FIGURES, formula.figures().stream()
                    .map(f -> line(f.id(), f.kind().name(), f.max() == null ? "" : plain(f.max()), f.label().vi(),
                            en(f.label()))).toList());
            sheet.value(r, column(Template.VALUE), formula.value());
            sheet.value(r, column(Template.SCORING), formula.scoring().name());
            multiline(sheet, r, Template.BANDS, formula.bandList().stream()
                    .map(b -> line(plain(b.atLeast()), plain(b.points()))).toList());
            multiline(sheet, r, Template.CHECKS, formula.checkList().stream()
                    .map(c -> line(c.rule(), c.message().vi(), en(c.message()))).toList());
            if (formula.whenUndefined() != null) {
                sheet.value(r, column(Template.WHEN_UNDEFINED), formula.whenUndefined());
            }
        } else if (rule instanceof ScoringRule.Survey survey) {
            sheet.value(r, column(Template.MEASURE), survey.measure());
        }
    }

    private static void multiline(Worksheet sheet, int r, String column, List<String> lines) {
        if (!lines.isEmpty()) {
            sheet.value(r, column(column), String.join("\n", lines));
            sheet.style(r, column(column)).wrapText(true).set();
        }
    }

    /** One entry of a list cell; empty parts at the end are left out, those in between kept in their place. */
    private static String line(String... parts) {
        return Arrays.stream(parts).map(p -> p == null ? "" : p).collect(Collectors.joining(" | "))
                .replaceAll("(\\s*\\|\\s*)+$", "");
    }

    private static String en(Text text) {
        return text.en();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static void put(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value != null) {
            sheet.value(r, c, value.toString());
        }
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
        }
        sheet.freezePane(0, 1);
    }

    static int column(String header) {
        return Template.TREE_COLUMNS.indexOf(header);
    }
}
