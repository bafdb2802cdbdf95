package vn.thuocdo.audit.xlsx;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.thuocdo.audit.AuditWorkbooks.Line;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FastExcelAuditWorkbooksTest {

    private static final Map<String, String> VI = Map.of("audit.export.sheet", "Nhật ký", "audit.col.at", "Thời điểm",
            "audit.col.actor", "Người dùng", "audit.col.username", "Tên đăng nhập", "audit.col.unit", "Đơn vị");

    @Test
    void eachEventIsARowUnderTheReadersHeadingsWithVietnameseTimes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FastExcelAuditWorkbooks().events(List.of(
                new Line(Instant.parse("2026-11-30T16:30:00Z"), "Chuyên viên Sở Nội vụ Hà Nội", "hanoi",
                        "Thành phố Hà Nội", "Thao tác nghiệp vụ", "task:42", "Bị từ chối", "workflow.open")),
                (key, args) -> VI.getOrDefault(key, key), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Nhật ký");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Thời điểm");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Tên đăng nhập");
            // 16:30 UTC is 23:30 the same day in Hanoi.
            assertThat(IntStream.range(0, 8).mapToObj(rows.get(1)::getCellText)).containsExactly("30/11/2026 23:30",
                    "Chuyên viên Sở Nội vụ Hà Nội", "hanoi", "Thành phố Hà Nội", "Thao tác nghiệp vụ", "task:42",
                    "Bị từ chối", "workflow.open");
        }
    }

    @Test
    void aReasonThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FastExcelAuditWorkbooks().events(List.of(
                new Line(Instant.parse("2026-11-30T16:30:00Z"), "=HYPERLINK(\"http://x\")", "hanoi",
                        "Thành phố Hà Nội", "round.cancel", "round:1", "OK", "@SUM(A1) lý do")),
                (key, args) -> VI.getOrDefault(key, key), out);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCellText(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(row.getCellText(7)).isEqualTo("'@SUM(A1) lý do");
        }
    }
}
