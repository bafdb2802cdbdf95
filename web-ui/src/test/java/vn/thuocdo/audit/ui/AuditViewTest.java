package vn.thuocdo.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.audit.AuditEvent;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.audit.AuditQuery;
import vn.thuocdo.audit.AuditTrail;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.KaribuTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends KaribuTest {

    @Autowired AuditLog audit;
    @Autowired AuditTrail trail;

    @Test
    void aViewItsRolesDoNotAllowIsOneDeniedEventNamingThePersonAndTheRoute() {
        AuditQuery haiphong = new AuditQuery("haiphong", null, "view", null, null);
        int before = trail.count(haiphong);
        signIn("haiphong");

        assertRefused("audit", AuditView.class);

        assertThat(trail.count(haiphong)).isEqualTo(before + 1);
        AuditEvent denied = trail.find(haiphong, 0, 1).get(0);
        assertThat(denied.outcome()).isEqualTo(AuditLog.DENIED);
        assertThat(denied.who()).isEqualTo("Trần Văn Nam");
        assertThat(denied.unitId()).isEqualTo("T34-31");
        assertThat(denied.target()).isEqualTo("/audit");
        assertThat(denied.detail()).isEqualTo("AuditView");
    }

    @Test
    void operatorsPageThroughEveryEventFilterItAndExportAllTheFilteredRowsInVietnamese() throws Exception {
        // 130 refusals of one person over the three days before today in Hanoi: more than a page holds.
        Actor tester = new Actor("kiemthu.audit", "Phan Văn Kiểm", "T34-31", Set.of(Role.PROVINCIAL_OFFICER));
        clock.advance(Duration.ofDays(-3));
        LocalDate first = TimeZones.today(clock);
        for (int day = 0; day < 3; day++) {
            for (int i = 0; i < (day == 2 ? 30 : 50); i++) {
                audit.refused(tester, "call", "round:R" + day + "-" + i, "round.progress");
            }
            clock.advance(Duration.ofDays(1));
        }
        clock.reset();
        signIn("vanhanh");
        navigate("audit");
        AuditView view = _get(AuditView.class);

        view.filters.person.setValue("Kiểm");
        assertThat(GridKt._size(view.events)).isEqualTo(130);
        // Newest first, with the name, the unit's name and the action and outcome in Vietnamese.
        assertThat(GridKt._getFormattedRow(view.events, 0)).containsSubsequence("Thành phố Hải Phòng",
                "Thao tác nghiệp vụ");
        assertThat(GridKt._get(view.events, 0).target()).isEqualTo("round:R2-29");
        assertThat(GridKt._get(view.events, 129).target()).isEqualTo("round:R0-0");

        view.filters.action.setValue("call");
        view.filters.unit.setValue("T34-31");
        view.filters.from.setValue(first.plusDays(1));
        view.filters.to.setValue(first.plusDays(1));
        assertThat(GridKt._size(view.events)).isEqualTo(50);
        assertThat(GridKt._get(view.events, 0).target()).isEqualTo("round:R1-49");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        view.exportTo(xlsx);
        assertThat(view.events.getEmptyStateText()).isEqualTo("Không có sự kiện nào khớp với bộ lọc.");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Nhật ký truy cập");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(51);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Thời điểm");
            assertThat(rows.get(1).getCellText(0)).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d")
                    .startsWith(vn.thuocdo.web.Formats.date(first.plusDays(1)));
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Phan Văn Kiểm");
            assertThat(rows.get(1).getCellText(3)).isEqualTo("Thành phố Hải Phòng");
            assertThat(rows.get(1).getCellText(4)).isEqualTo("Thao tác nghiệp vụ");
            assertThat(rows.get(1).getCellText(6)).isEqualTo("Bị từ chối");
            assertThat(rows.get(50).getCellText(5)).isEqualTo("round:R1-0");
        }

        // A day with nothing of this person's: no rows, and the grid says why.
        view.filters.from.setValue(first.plusDays(3));
        view.filters.to.setValue(first.plusDays(3));
        view.filters.person.setValue("kiemthu.audit");
        assertThat(GridKt._size(view.events)).isZero();
    }
}
