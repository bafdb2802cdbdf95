package vn.thuocdo.round.xlsx;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.RoundProgress;
import vn.thuocdo.round.RoundState;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.round.UnitProgress;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FastExcelProgressWorkbooksTest {

    private static final Map<String, String> VI = Map.ofEntries(
            Map.entry("export.sheet", "Tiến độ"), Map.entry("dashboard.col.code", "Mã"),
            Map.entry("dashboard.col.unit", "Đơn vị"), Map.entry("stage.sampling.title", "Thông tin chọn mẫu"),
            Map.entry("dashboard.col.due", "Hạn"), Map.entry("dashboard.col.submittedAt", "Nộp lúc"),
            Map.entry("dashboard.flag.overdue", "Quá hạn"), Map.entry("dashboard.flag.late", "Nộp muộn"),
            Map.entry("stage.sampling.state.REQUESTED", "Chưa nộp"), Map.entry("stage.sampling.state.APPROVED", "Đã chấp thuận"),
            Map.entry("common.yes", "Có"), Map.entry("common.no", "Không"), Map.entry("dashboard.notReached", "Chưa đến"));

    @Test
    void theMatrixHasOneRowPerUnitWithItsStateDatesAndFlagsInVietnamese() throws Exception {
        LocalDate due = LocalDate.of(2026, 12, 25);
        Round round = new Round("r", 2026, "Đánh giá năm 2026", RoundLevel.NATIONAL, "BO-BNV", "sampling-request@1",
                due, RoundState.LAUNCHED, "p", "dieuphoi", Instant.now(), "dieuphoi", Instant.now(),
                List.of("T34-01", "T34-31"));
        RoundProgress progress = new RoundProgress(round, List.of("sampling"), List.of(
                new UnitProgress("T34-01", "01", "Thành phố Hà Nội", Map.of("sampling",
                        new StageStatus("REQUESTED", StageStatus.Tone.NEUTRAL, true, due, null, false)), true),
                new UnitProgress("T34-31", "31", "Thành phố Hải Phòng", Map.of("sampling",
                        new StageStatus("APPROVED", StageStatus.Tone.SUCCESS, false, due,
                                Instant.parse("2026-12-20T03:15:00Z"), false)), false)));

        byte[] xlsx = new FastExcelProgressWorkbooks().matrix(progress, (key, args) -> VI.getOrDefault(key, key));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Tiến độ");
            // Row numbers as Excel shows them: the title on 1, a blank line, the header on 3, units from 4.
            Map<Integer, Row> rows = new java.util.HashMap<>();
            workbook.getFirstSheet().read().forEach(r -> rows.put(r.getRowNum(), r));
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Đánh giá năm 2026");
            assertThat(rows.get(3).getCellText(1)).isEqualTo("Đơn vị");
            assertThat(text(rows.get(4))).containsExactly("01", "Thành phố Hà Nội", "Chưa nộp", "25/12/2026", "", "Có", "Không");
            assertThat(text(rows.get(5))).containsExactly("31", "Thành phố Hải Phòng", "Đã chấp thuận", "25/12/2026",
                    "20/12/2026 10:15", "Không", "Không");
        }
    }

    @Test
    void aStageThatPlugsInItsProgressGetsItsOwnColumnsAfterTheEarlierStagesAndNotReachedWhereAUnitIsNotThereYet()
            throws Exception {
        LocalDate due = LocalDate.of(2026, 12, 25);
        Round round = new Round("r", 2026, "Đánh giá năm 2026", RoundLevel.NATIONAL, "BO-BNV", "sampling-request@1",
                due, RoundState.LAUNCHED, "p", "dieuphoi", Instant.now(), "dieuphoi", Instant.now(),
                List.of("T34-01", "T34-31"));
        StageStatus approved = new StageStatus("APPROVED", StageStatus.Tone.SUCCESS, false, due, null, false);
        RoundProgress progress = new RoundProgress(round, List.of("sampling", "survey"), List.of(
                new UnitProgress("T34-01", "01", "Thành phố Hà Nội", Map.of("sampling", approved), false),
                new UnitProgress("T34-31", "31", "Thành phố Hải Phòng", Map.of("sampling", approved, "survey",
                        new StageStatus("PREPARING", StageStatus.Tone.INFO, true, LocalDate.of(2027, 3, 1), null,
                                false)), false)));
        Map<String, String> labels = new java.util.HashMap<>(VI);
        labels.put("stage.survey.title", "Khảo sát SIPAS");
        labels.put("stage.survey.state.PREPARING", "Đang chuẩn bị");

        byte[] xlsx = new FastExcelProgressWorkbooks().matrix(progress, (key, args) -> labels.getOrDefault(key, key));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Integer, Row> rows = new java.util.HashMap<>();
            workbook.getFirstSheet().read().forEach(r -> rows.put(r.getRowNum(), r));
            assertThat(rows.get(3).getCellText(5)).isEqualTo("Khảo sát SIPAS");
            assertThat(rows.get(3).getCellText(6)).isEqualTo("Khảo sát SIPAS - Hạn");
            assertThat(rows.get(4).getCellText(5)).isEqualTo("Chưa đến");
            assertThat(rows.get(5).getCellText(5)).isEqualTo("Đang chuẩn bị");
            assertThat(rows.get(5).getCellText(6)).isEqualTo("01/03/2027");
        }
    }

    private static List<String> text(Row row) {
        return java.util.stream.IntStream.range(0, 7).mapToObj(i -> row.getCellText(i) == null ? "" : row.getCellText(i)).toList();
    }
}
