package vn.thuocdo.assessment.reports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.thuocdo.assessment.AssessmentReport;
import vn.thuocdo.shared.CellText;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * The report as a workbook: the title, the unit and round and the facts on top, then the table with points as
 * numbers (Excel shows them the reader's way: 12,5 in Vietnamese), areas and criteria in bold, the header frozen.
 * Every text cell is neutralised ({@link CellText}): a note starting with "=" stays a note.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static void write(AssessmentReport report, ReportWords words, OutputStream out) throws IOException {
        ReportTable table = new ReportTable(report, words);
        Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
        Worksheet sheet = workbook.newWorksheet(words.say("report.sheet." + report.kind().slug()));
        int row = 0;
        sheet.value(row, 0, text(words.title(report)));
        sheet.style(row, 0).bold().fontSize(14).set();
        row++;
        sheet.value(row++, 0, text(words.header(report)));
        for (String fact : words.facts(report)) {
            sheet.value(row++, 0, text(fact));
        }
        sheet.value(row++, 0, text(words.say("report.printed", ReportWords.when(report.printedAt()))));
        row++;
        int header = row;
        for (int c = 0; c < table.columns.size(); c++) {
            ReportTable.Column column = table.columns.get(c);
            sheet.value(header, c, words.say(column.key()));
            sheet.style(header, c).bold().fillColor("DDEBF7").wrapText(true).verticalAlignment("top").set();
            sheet.width(c, column.excelWidth());
        }
        row++;
        for (ReportTable.Row line : table.rows) {
            for (int c = 0; c < line.cells().size(); c++) {
                Object value = line.cells().get(c);
                if (value instanceof BigDecimal points) {
                    sheet.value(row, c, points);
                } else {
                    sheet.value(row, c, text(String.valueOf(value)));
                }
            }
            var style = sheet.range(row, 0, row, table.columns.size() - 1).style().wrapText(true)
                    .verticalAlignment("top");
            if (line.level() != ReportTable.Level.LINE) {
                style = style.bold().fillColor(line.level() == ReportTable.Level.CRITERION ? "F5F6F8" : "E8ECF2");
            }
            style.set();
            row++;
        }
        sheet.freezePane(2, header + 1);
        workbook.finish();
    }

    private static String text(String text) {
        return CellText.neutralised(ReportWords.orEmpty(text));
    }
}
