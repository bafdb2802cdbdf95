package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.invitation.LetterBatches.CommuneLetters;
import vn.thuocdo.survey.invitation.LetterBatches.ProvinceLetters;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.testing.KaribuTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coordinator's screen "Thư mời khảo sát" on PostgreSQL: a province's ZIP, a commune issued again after the
 * warning, counts only; other people refused, a closed survey issuing nothing. Years 2067-2068 (the plan's
 * 2101-2104 are refused by Rounds, which takes 2020-2100).
 */
class InvitationsViewTest extends KaribuTest {

    @Autowired OnlineSurveys online;
    @Autowired SurveyWindow window;

    @Test
    void theCoordinatorDownloadsAProvincesLettersThenOneCommuneAgainAfterTheWarning() throws IOException {
        OnlineSurveys.OpenRound round = online.open(2067, List.of("T34-31", "T34-04"));
        signIn("dieuphoi");
        navigate("survey/invitations?round=" + round.id());
        InvitationsView view = _get(InvitationsView.class);
        List<ProvinceLetters> before = rows(view);
        assertThat(before).extracting(ProvinceLetters::unitCode).containsExactly("04", "31");
        assertThat(before).allSatisfy(p -> {
            assertThat(p.communes()).isPositive();
            assertThat(p.householdSlots()).isPositive();
            assertThat(p.issued()).isZero();
            assertThat(p.answered()).isZero();
        });
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("letters-deadline")).getElement().getTextRecursively())
                .matches("Thư mời in hạn trả lời: hết ngày \\d{2}/\\d{2}/\\d{4}\\.");

        ProvinceLetters haiPhong = before.get(1);
        InvitationsView.LettersDialog first = view.dialog(haiPhong);
        first.open();
        assertThat(first.warning.isVisible()).as("nothing to void yet").isFalse();
        assertThat(first.commune.getEmptySelectionCaption()).isEqualTo("Cả tỉnh (%d xã, %d hộ)"
                .formatted(haiPhong.communes(), haiPhong.householdSlots()));
        List<String> names = entries(download(first, null));
        assertThat(names).hasSize(2 * haiPhong.communes()).allMatch(n -> n.matches("9\\d{4}-xa-thu-\\d+\\.(pdf|xlsx)"));
        first.close();

        view.refresh();
        ProvinceLetters issued = rows(view).get(1);
        assertThat(issued.issued()).isEqualTo(haiPhong.householdSlots());
        assertThat(rows(view).get(0).issued()).isZero();
        assertThat(view.empty.isVisible()).isFalse();

        // Again, for one commune: the dialog says what happens to the letters already sent.
        InvitationsView.LettersDialog again = view.dialog(issued);
        again.open();
        assertThat(again.warning.isVisible()).isTrue();
        CommuneLetters commune = again.commune.getListDataView().getItems().findFirst().orElseThrow();
        again.commune.setValue(commune);
        assertThat(commune.issued()).isEqualTo(commune.householdSlots());
        assertThat(again.warning.getElement().getTextRecursively()).isEqualTo(("Đã có %d thư mời đang dùng được. Tạo"
                + " lại sẽ vô hiệu các mã chưa được trả lời của thư cũ: chỉ thư mới dùng được. Hộ đã trả lời không"
                + " nhận thư mới.").formatted(commune.issued()));
        assertThat(entries(download(again, commune))).containsExactlyInAnyOrder(
                commune.communeCode() + "-xa-thu-" + commune.communeName().replaceAll("\\D", "") + ".pdf",
                commune.communeCode() + "-xa-thu-" + commune.communeName().replaceAll("\\D", "") + ".xlsx");
        view.refresh();
        assertThat(rows(view).get(1).issued()).as("the commune's old letters void, its new ones working")
                .isEqualTo(haiPhong.householdSlots());
    }

    @Test
    void officersAreRefusedAnotherOrganiserSeesNotThisRoundAndAClosedSurveyIssuesNothing() throws IOException {
        OnlineSurveys.OpenRound round = online.open(2068, List.of("T34-79"));
        signIn("hanoi");
        assertRefused("survey/invitations", InvitationsView.class);

        switchTo("dieuphoi.haiphong");
        navigate("survey/invitations?round=" + round.id());
        assertThat(_find(Grid.class, spec -> spec.withId("province-letters"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("refusal")).size()
                + _find(Div.class, spec -> spec.withId("no-round")).size()).isOne();

        switchTo("dieuphoi");
        window.close(round.id());
        navigate("survey/invitations?round=" + round.id());
        assertThat(_get(Div.class, spec -> spec.withId("letters-unavailable")).getElement().getTextRecursively())
                .isEqualTo("Khảo sát trực tuyến của đợt này đã kết thúc; không tạo thư mời mới.");
        InvitationsView view = _get(InvitationsView.class);
        assertThatThrownBy(() -> view.dialog(rows(view).get(0)).write(null, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("letters.surveyOver"));
        assertThat(rows(view).get(0).issued()).isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<ProvinceLetters> rows(InvitationsView view) {
        return view.provinces.getListDataView().getItems().toList();
    }

    private static byte[] download(InvitationsView.LettersDialog dialog, CommuneLetters commune) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dialog.write(commune, out);
        return out.toByteArray();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
