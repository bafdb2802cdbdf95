package vn.thuocdo.round.xlsx;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.thuocdo.round.ProgressWorkbooks;
import vn.thuocdo.round.RoundProgress;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.round.UnitProgress;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.TimeZones;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/** {@link ProgressWorkbooks} with FastExcel: one row per unit, per stage its state, due date and submission time. */
@Component
class FastExcelProgressWorkbooks implements ProgressWorkbooks {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(TimeZones.VIETNAM);

    @Override
    public byte[] matrix(RoundProgress progress, Labels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
            Worksheet sheet = workbook.newWorksheet(labels.text("export.sheet"));
            sheet.value(0, 0, progress.round().name());
            sheet.style(0, 0).bold().fontSize(13).set();
            int header = 2;
            int c = 0;
            c = head(sheet, header, c, labels.text("dashboard.col.code"), 8);
            c = head(sheet, header, c, labels.text("dashboard.col.unit"), 34);
            for (String stage : progress.stages()) {
                String title = labels.text("stage." + stage + ".title");
                c = head(sheet, header, c, title, 18);
                c = head(sheet, header, c, title + " - " + labels.text("dashboard.col.due"), 14);
                c = head(sheet, header, c, title + " - " + labels.text("dashboard.col.submittedAt"), 18);
            }
            c = head(sheet, header, c, labels.text("dashboard.flag.overdue"), 10);
            head(sheet, header, c, labels.text("dashboard.flag.late"), 10);
            int row = header + 1;
            for (UnitProgress unit : progress.units()) {
                int col = 0;
                sheet.value(row, col++, unit.unitCode());
                sheet.value(row, col++, unit.unitName());
                boolean late = false;
                for (String stage : progress.stages()) {
                    StageStatus status = unit.stage(stage);
                    sheet.value(row, col++, status == null ? labels.text("dashboard.notReached")
                            : labels.text("stage." + stage + ".state." + status.state()) + (status.progress() == null
                            ? "" : " · " + labels.text("stage." + stage + ".progress",
                            Formats.number(status.progress().done()), Formats.number(status.progress().target()),
                            status.progress().percent())));
                    sheet.value(row, col++, status == null ? "" : Formats.date(status.due()));
                    sheet.value(row, col++, status == null || status.submittedAt() == null ? ""
                            : WHEN.format(status.submittedAt()));
                    late |= status != null && status.submittedLate();
                }
                sheet.value(row, col++, unit.overdue() ? labels.text("common.yes") : labels.text("common.no"));
                sheet.value(row, col, late ? labels.text("common.yes") : labels.text("common.no"));
                if (unit.overdue()) {
                    // The overdue highlight of the screen, kept in the file.
                    sheet.range(row, 0, row, col).style().fillColor("FCE4E4").set();
                }
                row++;
            }
            sheet.freezePane(2, header + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int head(Worksheet sheet, int row, int col, String text, int width) {
        sheet.value(row, col, text);
        sheet.style(row, col).bold().fillColor("DDEBF7").wrapText(true).set();
        sheet.width(col, width);
        return col + 1;
    }
}
