package vn.thuocdo.survey.xlsx;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.thuocdo.shared.CellText;
import vn.thuocdo.survey.ProvinceSummary;
import vn.thuocdo.survey.SampleStage;
import vn.thuocdo.survey.SampleUnit;
import vn.thuocdo.survey.SampleWorkbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@link SampleWorkbooks} with FastExcel: the summary sheet, then one sheet per stage (communes, villages and, in
 * the coordinator's copy only, household slots), selected units first in draw order and their replacements by rank.
 * Probabilities and weights are numbers, so a statistician can recompute with them.
 */
@Component
class FastExcelSampleWorkbooks implements SampleWorkbooks {

    private static final String PROBABILITY = "0.000000";
    private static final String WEIGHT = "#,##0.00";

    @Override
    public byte[] write(SampleSheet sheet, List<ProvinceSummary> summary, List<SampleUnit> units, Labels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
            SampleSummarySheet.write(workbook.newWorksheet(labels.text("sample.xlsx.summary")), sheet, summary, labels);
            stage(workbook, labels.text("sample.xlsx.communes"), SampleStage.COMMUNE, sheet, units, labels);
            stage(workbook, labels.text("sample.xlsx.villages"), SampleStage.VILLAGE, sheet, units, labels);
            if (sheet.withHouseholds()) {
                stage(workbook, labels.text("sample.xlsx.households"), SampleStage.HOUSEHOLD, sheet, units, labels);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void stage(Workbook workbook, String name, SampleStage stage, SampleSheet sheet,
                              List<SampleUnit> units, Labels labels) throws IOException {
        Worksheet ws = workbook.newWorksheet(name);
        String[] headings = {"sample.col.province", "sample.col.communeCode", "sample.col.commune",
                "sample.col.village", "sample.col.order", "sample.col.replacementRank", "sample.col.size",
                "sample.col.position", "sample.col.household", "sample.col.certainty", "sample.col.stageProbability",
                "sample.col.overallProbability", "sample.col.weight", "sample.col.randomStart", "sample.col.interval"};
        int[] widths = {26, 12, 26, 22, 8, 10, 10, 10, 20, 10, 14, 14, 12, 12, 12};
        for (int c = 0; c < headings.length; c++) {
            ws.value(0, c, labels.text(headings[c]));
            ws.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, 1);
        int row = 1;
        for (SampleUnit u : units) {
            if (u.stage() != stage) {
                continue;
            }
            ws.value(row, 0, sheet.unitNames().getOrDefault(u.unitId(), u.unitId()));
            ws.value(row, 1, u.communeCode());
            // Names come from the provinces' uploaded frames: never a formula in the coordinator's spreadsheet.
            ws.value(row, 2, CellText.neutralised(u.communeName()));
            ws.value(row, 3, CellText.neutralised(u.villageName()));
            number(ws, row, 4, u.order(), null);
            number(ws, row, 5, u.replacementRank(), null);
            number(ws, row, 6, u.size(), null);
            number(ws, row, 7, u.position(), null);
            ws.value(row, 8, CellText.neutralised(u.household()));
            ws.value(row, 9, u.replacement() ? "" : labels.text(u.certainty() ? "sample.yes" : "sample.no"));
            number(ws, row, 10, u.stageProbability(), PROBABILITY);
            number(ws, row, 11, u.overallProbability(), PROBABILITY);
            number(ws, row, 12, u.weight(), WEIGHT);
            number(ws, row, 13, u.randomStart(), WEIGHT);
            number(ws, row, 14, u.interval(), WEIGHT);
            if (++row % 10_000 == 0) {
                ws.flush();
            }
        }
        ws.finish();
    }

    private static void number(Worksheet ws, int row, int column, Number value, String format) {
        if (value == null) {
            return;
        }
        ws.value(row, column, value);
        if (format != null) {
            ws.style(row, column).format(format).set();
        }
    }
}
