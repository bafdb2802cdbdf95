package vn.thuocdo.survey.xlsx;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.thuocdo.survey.ProvinceSummary;
import vn.thuocdo.survey.SampleStage;
import vn.thuocdo.survey.SampleState;
import vn.thuocdo.survey.SampleUnit;
import vn.thuocdo.survey.SampleVersion;
import vn.thuocdo.survey.SampleWorkbooks;
import vn.thuocdo.survey.SurveyChoice;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FastExcelSampleWorkbooksTest {

    private static final SampleVersion VERSION = new SampleVersion("s1", "r1", 2, 123456789012L, "sipas-province@1",
            "ab".repeat(32), "cd".repeat(32), SampleState.APPROVED, "dieuphoi", Instant.parse("2026-11-30T03:00:00Z"),
            "dieuphoi", Instant.parse("2026-11-30T04:00:00Z"), null);
    private static final List<SampleUnit> UNITS = List.of(
            new SampleUnit("T34-31", SampleStage.COMMUNE, "11311", "Phường Hồng Bàng", null, 1, null, 5200L, null,
                    null, true, 1.0, 1.0, 1.0, null, null),
            new SampleUnit("T34-31", SampleStage.VILLAGE, "11311", "Phường Hồng Bàng", "Tổ dân phố 1", 1, null, 400L,
                    null, null, false, 0.25, 0.25, 4.0, null, null),
            new SampleUnit("T34-31", SampleStage.HOUSEHOLD, "11311", "Phường Hồng Bàng", "Tổ dân phố 1", 1, null,
                    null, 7L, null, false, 0.05, 0.0125, 80.0, 7.5, 20.0),
            new SampleUnit("T34-31", SampleStage.COMMUNE, "11312", "Phường Ngô Quyền", null, null, 1, 3100L, null,
                    null, false, null, null, null, null, null));
    private static final List<ProvinceSummary> SUMMARY = List.of(new ProvinceSummary("T34-31", "31",
            "Thành phố Hải Phòng", 1, 1, 1, 1, 0, 1, 80, 80, 0, 1, 0, 0));

    @Test
    void theCoordinatorsCopyHasTheSeedTheFingerprintsAndASheetPerStageWithNumbersToRecomputeWith() throws Exception {
        byte[] bytes = new FastExcelSampleWorkbooks().write(sheet(true), SUMMARY, UNITS, (k, a) -> k);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("sample.xlsx.summary",
                    "sample.xlsx.communes", "sample.xlsx.villages", "sample.xlsx.households");
            List<Row> summary = sheets.get(0).read();
            assertThat(summary.get(3).getCellText(1)).isEqualTo("123456789012");
            assertThat(summary.get(8).getCellText(1)).isEqualTo("cd".repeat(32));
            List<Row> communes = sheets.get(1).read();
            assertThat(communes).hasSize(3);
            assertThat(communes.get(1).getCellText(2)).isEqualTo("Phường Hồng Bàng");
            assertThat(communes.get(2).getCell(5).asNumber()).isEqualByComparingTo(BigDecimal.ONE);
            List<Row> households = sheets.get(3).read();
            assertThat(households.get(1).getCell(12).asNumber()).isEqualByComparingTo(new BigDecimal("80"));
            assertThat(households.get(1).getCell(13).asNumber()).isEqualByComparingTo(new BigDecimal("7.5"));
        }
    }

    @Test
    void aProvincesCopyHasNoHouseholdSheet() throws Exception {
        byte[] bytes = new FastExcelSampleWorkbooks().write(sheet(false), SUMMARY, UNITS.subList(0, 2), (k, a) -> k);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("sample.xlsx.summary",
                    "sample.xlsx.communes", "sample.xlsx.villages");
        }
    }

    private static SampleWorkbooks.SampleSheet sheet(boolean households) {
        return new SampleWorkbooks.SampleSheet("Đợt đánh giá 2026", 2026, VERSION,
                new SurveyChoice("sipas-citizen@1", "par-officials@1", "sipas-province@1"), households,
                Map.of("T34-31", "31 · Thành phố Hải Phòng"));
    }
}
