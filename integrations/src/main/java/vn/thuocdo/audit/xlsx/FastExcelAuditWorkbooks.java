package vn.thuocdo.audit.xlsx;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.thuocdo.audit.AuditWorkbooks;
import vn.thuocdo.shared.CellText;
import vn.thuocdo.shared.TimeZones;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

/**
 * {@link AuditWorkbooks} with FastExcel: one row per event under a header row, streamed so a long trail never sits
 * in memory. Rows past Excel's limit of 1,048,576 go to a further sheet.
 */
@Component
class FastExcelAuditWorkbooks implements AuditWorkbooks {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(TimeZones.VIETNAM);
    private static final int ROWS_PER_SHEET = 1_048_575;
    private static final String[] COLUMNS = {"audit.col.at", "audit.col.actor", "audit.col.username", "audit.col.unit",
            "audit.col.action", "audit.col.target", "audit.col.outcome", "audit.col.detail"};
    private static final int[] WIDTHS = {17, 28, 14, 30, 30, 36, 12, 30};

    @Override
    public void events(Iterable<Line> lines, Labels labels, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
        int sheets = 1;
        Worksheet sheet = sheet(workbook, labels.text("audit.export.sheet"), labels);
        int row = 1;
        for (Line line : lines) {
            if (row > ROWS_PER_SHEET) {
                sheet.finish();
                sheet = sheet(workbook, labels.text("audit.export.sheet") + " " + ++sheets, labels);
                row = 1;
            }
            String[] cells = {WHEN.format(line.at()), line.person(), line.username(), line.unit(), line.action(),
                    line.target(), line.outcome(), line.detail()};
            for (int c = 0; c < cells.length; c++) {
                // Reasons and targets are typed by people: never a formula in the auditor's spreadsheet.
                sheet.value(row, c, cells[c] == null ? "" : CellText.neutralised(cells[c]));
            }
            row++;
            if (row % 10_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
    }

    private static Worksheet sheet(Workbook workbook, String name, Labels labels) {
        Worksheet sheet = workbook.newWorksheet(name);
        sheet.freezePane(0, 1);
        for (int c = 0; c < COLUMNS.length; c++) {
            sheet.value(0, c, labels.text(COLUMNS[c]));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, WIDTHS[c]);
        }
        return sheet;
    }
}
