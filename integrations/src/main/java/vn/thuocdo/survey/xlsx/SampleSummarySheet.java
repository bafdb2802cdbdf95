package vn.thuocdo.survey.xlsx;

import org.dhatim.fastexcel.Worksheet;
import vn.thuocdo.survey.ProvinceSummary;
import vn.thuocdo.survey.SampleVersion;
import vn.thuocdo.survey.SampleWorkbooks.Labels;
import vn.thuocdo.survey.SampleWorkbooks.SampleSheet;
import vn.thuocdo.shared.TimeZones;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The first sheet of a sample workbook: what anyone needs to draw the sample again (seed, design, questionnaires,
 * fingerprints) and the review's figures per province.
 */
final class SampleSummarySheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeZones.VIETNAM);

    private SampleSummarySheet() {
    }

    static void write(Worksheet ws, SampleSheet sheet, List<ProvinceSummary> summary, Labels labels)
            throws IOException {
        SampleVersion v = sheet.version();
        ws.width(0, 30);
        ws.width(1, 70);
        Object[][] facts = {
                {"sample.xlsx.round", sheet.roundName() + " (" + sheet.roundYear() + ")"},
                {"sample.xlsx.version", v.version()},
                {"sample.xlsx.state", labels.text("sample.state." + v.state().name())},
                {"sample.xlsx.seed", String.valueOf(v.seed())},
                {"sample.xlsx.design", v.design()},
                {"sample.xlsx.citizen", sheet.choice() == null ? "" : sheet.choice().citizenQuestionnaire()},
                {"sample.xlsx.officials", sheet.choice() == null ? "" : sheet.choice().officialsQuestionnaire()},
                {"sample.xlsx.framesFingerprint", v.framesFingerprint()},
                {"sample.xlsx.sampleFingerprint", v.sampleFingerprint()},
                {"sample.xlsx.drawn", v.drawnBy() + " · " + when(v.drawnAt())},
                {"sample.xlsx.approved", v.approvedBy() == null ? "" : v.approvedBy() + " · " + when(v.approvedAt())},
                {"sample.xlsx.reason", v.redrawReason() == null ? "" : v.redrawReason()}};
        int row = 0;
        for (Object[] fact : facts) {
            ws.value(row, 0, labels.text((String) fact[0]));
            ws.style(row, 0).bold().set();
            if (fact[1] instanceof Number n) {
                ws.value(row, 1, n);
            } else {
                ws.value(row, 1, (String) fact[1]);
            }
            row++;
        }
        row++;
        String[] headings = {"sample.col.province", "sample.col.communes", "sample.col.villages",
                "sample.col.slots", "sample.col.certaintyCommunes", "sample.col.certaintyVillages",
                "sample.col.respondents", "sample.col.minWeight", "sample.col.maxWeight", "sample.col.cv",
                "sample.col.spareCommunes", "sample.col.spareVillages", "sample.col.spareHouseholds"};
        for (int c = 0; c < headings.length; c++) {
            ws.value(row, c, labels.text(headings[c]));
            ws.style(row, c).bold().fillColor("DDEBF7").wrapText(true).set();
        }
        for (ProvinceSummary p : summary) {
            row++;
            ws.value(row, 0, p.unitCode() + " · " + p.unitName());
            Number[] figures = {p.communes(), p.villages(), p.householdSlots(), p.certaintyCommunes(),
                    p.certaintyVillages(), p.expectedRespondents(), p.minWeight(), p.maxWeight(), p.weightCv(),
                    p.communeReplacements(), p.villageReplacements(), p.householdReplacements()};
            for (int c = 0; c < figures.length; c++) {
                ws.value(row, c + 1, figures[c]);
            }
            ws.style(row, 7).format("#,##0.00").set();
            ws.style(row, 8).format("#,##0.00").set();
            ws.style(row, 9).format("0.000").set();
        }
        ws.finish();
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
