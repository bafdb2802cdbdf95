package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.officials.OfficialsSurvey;
import vn.thuocdo.survey.response.Channel;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The officials' screens on a round with its online survey open: the officer uploads the list and sees it with
 * counts per group but never who answered; a bad file lists its rows; another province's officer gets nothing;
 * the coordinator sees every unit's rates. Rounds in 2065-2066.
 */
class OfficialsViewsTest extends KaribuTest {

    @Autowired OnlineSurveys online;
    @Autowired OfficialsSurvey survey;
    @Autowired Responses responses;
    @Autowired Questionnaires questionnaires;

    @Test
    void theOfficerUploadsSeesTheListAndCountsOnlyAndTheCoordinatorSeesRatesPerUnit() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2065, List.of("T34-31", "T34-79"));
        clock.advance(Duration.ofSeconds(1));
        signIn("haiphong");
        navigate(OfficialsListView.ROUTE + "?round=" + round.id());
        OfficialsListView view = _get(OfficialsListView.class);
        assertThat(view.round.getValue().id()).isEqualTo(round.id());
        assertThat(view.upload.isVisible()).isTrue();
        assertThat(_get(view, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("officials-status")).getText()).startsWith("Khảo sát trực tuyến đang mở");

        // The template: the list's sheet with its three headers, and the groups of the questionnaire in the help.
        byte[] template = survey.template(round.id(), TestActors.HAI_PHONG);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook read = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(template))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = read.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .containsExactly("Danh sách cán bộ", "Hướng dẫn");
            assertThat(sheets.get(0).read().get(0).stream().map(c -> c.getText()).toList())
                    .containsExactly("Họ và tên", "Nhóm vị trí", "E-mail");
            assertThat(sheets.get(1).read().stream().map(r -> r.getCellText(0)).toList()).anyMatch(line ->
                    line.contains("Lãnh đạo (cấp tỉnh, cấp sở hoặc cấp xã); Lãnh đạo cấp phòng hoặc tương đương;"
                            + " Công chức, viên chức"));
        }
        // Sent back empty, it is refused as such.
        view.received(template);
        assertThat(_find(view.errors, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Trang tính \"Danh sách cán bộ\" chưa có dòng dữ liệu nào.");

        // A bad file: its rows listed, nothing stored.
        view.received(workbook(
                List.of("Nguyễn Văn An", "Trưởng phòng", "an@haiphong.gov.vn"),
                List.of("Trần Thị Bình", "manager", "binh.haiphong.gov.vn")));
        assertThat(_find(view.errors, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Dòng 2, cột B: nhóm vị trí \"Trưởng phòng\" không có trong bảng hỏi. Ghi một trong: Lãnh đạo (cấp"
                        + " tỉnh, cấp sở hoặc cấp xã); Lãnh đạo cấp phòng hoặc tương đương; Công chức, viên chức.",
                "Dòng 3, cột C: e-mail \"binh.haiphong.gov.vn\" không đúng dạng (ví dụ: ten.nguoi@donvi.gov.vn).");
        assertThat(_size(view.people)).isZero();

        view.received(workbook(
                List.of("Nguyễn Văn An", "Lãnh đạo cấp phòng hoặc tương đương", "an@haiphong.gov.vn"),
                List.of("Trần Thị Bình", "manager", "binh@haiphong.gov.vn"),
                List.of("Lê Văn Cường", "civilServant", "cuong@haiphong.gov.vn")));
        assertThat(_find(view.errors, ListItem.class)).isEmpty();
        assertThat(_size(view.people)).isEqualTo(3);
        assertThat(view.listed.getText()).isEqualTo("3 người đang trong danh sách.");
        // Without mail configured nothing was sent, and the list says so.
        assertThat(_getFormattedRow(view.people, 0)).containsExactly("Lê Văn Cường", "Công chức, viên chức",
                "cuong@haiphong.gov.vn", "Chưa gửi", "0");
        // No column could tell who answered: name, group, e-mail, mailed, reminders.
        assertThat(view.people.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly(
                "Họ và tên", "Nhóm vị trí", "E-mail", "Đã gửi thư", "Số lần nhắc");

        // One answers (by a link the test issues itself, as the mail would carry): counts change, rows do not.
        long an = survey.list(round.id(), TestActors.HAI_PHONG).stream()
                .filter(p -> p.email().equals("an@haiphong.gov.vn")).findFirst().orElseThrow().id();
        var link = context.getBean(vn.thuocdo.survey.invitation.Invitations.class)
                .issueOfficial(round.id(), "T34-31", an, "manager", "test");
        Questionnaire officials = questionnaires.find("par-officials@1").orElseThrow();
        responses.submit(link.code().value(), CompleteAnswers.of(officials, 3), Channel.WEB, null);
        switchTo("haiphong");
        navigate(OfficialsListView.ROUTE + "?round=" + round.id());
        view = _get(OfficialsListView.class);
        assertThat(_size(view.rates)).isEqualTo(3);
        // Groups of fewer than five (thuocdo.survey.officials.min-group-shown) show the officer no answered count:
        // the officer knows the two people of this group by name.
        assertThat(_getFormattedRow(view.rates, 1)).startsWith("Lãnh đạo cấp phòng hoặc tương đương", "2",
                "Không hiển thị (nhóm ít người)");
        assertThat(_getFormattedRow(view.rates, 0)).startsWith("Lãnh đạo (cấp tỉnh, cấp sở hoặc cấp xã)", "0", "0");
        assertThat(_size(view.people)).isEqualTo(3);

        // Another province's officer: the round is not theirs, on screen or behind it.
        switchTo("hanoi");
        navigate(OfficialsListView.ROUTE);
        // Other tests sharing the database may open rounds for Hà Nội; this round is never among its choices.
        OfficialsListView other = _get(OfficialsListView.class);
        assertThat(other.round.getListDataView().getItems()).noneMatch(r -> r.id().equals(round.id()));
        assertThatThrownBy(() -> survey.list(round.id(), TestActors.HA_NOI)).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.key()).isEqualTo("round.notFound"));
        assertThatThrownBy(() -> survey.upload(round.id(), new java.io.ByteArrayInputStream(new byte[0]), 0,
                TestActors.HA_NOI)).isInstanceOf(Rejected.class);

        // The coordinator: every participating unit, per group and in all; a unit that listed nobody says so.
        switchTo("dieuphoi");
        navigate(OfficialsRatesView.ROUTE + "?round=" + round.id());
        OfficialsRatesView rates = _get(OfficialsRatesView.class);
        assertThat(rates.round.getValue().id()).isEqualTo(round.id());
        assertThat(_size(rates.grid)).isEqualTo(2);
        assertThat(rates.total.getText()).isEqualTo("Cả đợt: 1/3 người đã trả lời (33%).");
        assertThat(rates.grid.getColumns()).extracting(c -> c.getHeaderComponent() == null ? c.getHeaderText()
                : c.getHeaderComponent().getElement().getText()).containsExactly("Đơn vị",
                "Lãnh đạo (cấp tỉnh, cấp sở hoặc cấp xã)", "Lãnh đạo cấp phòng hoặc tương đương",
                "Công chức, viên chức", "Cả đơn vị");
    }

    @SafeVarargs
    private static byte[] workbook(List<String>... rows) throws Exception {
        return vn.thuocdo.survey.officials.OfficialsLists.workbook(rows);
    }

}
