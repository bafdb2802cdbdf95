package vn.thuocdo.survey.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.progress.AreaProgress;
import vn.thuocdo.survey.response.Channel;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online survey's progress screens and the statisticians' microdata page over a round whose survey is open:
 * counts per province and commune for the coordinator, one province's communes for its officer, the dashboard's
 * figures, the statistician's landing page. Rounds of 2077-2078.
 */
class SurveyProgressViewsTest extends KaribuTest {

    @Autowired OnlineSurveys online;
    @Autowired Responses responses;
    @Autowired Questionnaires questionnaires;
    @Autowired Rounds rounds;
    @Autowired vn.thuocdo.survey.progress.OnlineProgress progress;

    @Test
    void theCoordinatorSeesResponsesAgainstTheTargetPerProvinceAndCommuneAndTheOfficerOnlyTheirOwnProvince() {
        OnlineSurveys.OpenRound round = online.open(2077, List.of("T34-31", "T34-01"));
        List<IssuedCode> letters = online.letters(round, "T34-31");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        responses.submit(letters.get(0).code().value(), CompleteAnswers.of(sipas, 1), Channel.WEB, null);
        responses.submit(letters.get(1).code().value(), CompleteAnswers.of(sipas, 2), Channel.WEB, null);

        signIn("dieuphoi");
        navigate("survey/progress?round=" + round.id());
        SurveyProgressView view = _get(SurveyProgressView.class);
        assertThat(view.round.getValue().id()).isEqualTo(round.id());
        List<AreaProgress> provinces = view.provinces.getListDataView().getItems().toList();
        assertThat(provinces).extracting(AreaProgress::id).containsExactlyInAnyOrder("T34-31", "T34-01");
        AreaProgress haiPhong = provinces.stream().filter(p -> p.id().equals("T34-31")).findFirst().orElseThrow();
        assertThat(haiPhong.responses()).isEqualTo(2);
        assertThat(haiPhong.target()).as("every selected household gets a letter").isEqualTo(letters.size());
        assertThat(haiPhong.letters()).isEqualTo(letters.size());
        AreaProgress haNoi = provinces.stream().filter(p -> p.id().equals("T34-01")).findFirst().orElseThrow();
        assertThat(haNoi.letters()).isZero();
        assertThat(haNoi.target()).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-total")).getText())
                .startsWith("Tổng cộng: 2 / " + (haiPhong.target() + haNoi.target()) + " phiếu (");
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-window")).getText())
                .startsWith("Khảo sát trực tuyến mở từ ngày ");
        assertThat(view.provinces.getColumns()).as("counts only: no response, no respondent").hasSize(5);

        GridKt._clickItem(view.provinces, provinces.indexOf(haiPhong));
        List<AreaProgress> communes = view.communes.getListDataView().getItems().toList();
        assertThat(communes).isNotEmpty();
        assertThat(communes.stream().mapToLong(AreaProgress::responses).sum()).isEqualTo(2);
        assertThat(communes.stream().mapToLong(AreaProgress::target).sum()).isEqualTo(haiPhong.target());

        // The dashboard's survey column: responses against the target, from the same counts.
        StageStatus status = rounds.progress(round.id(), TestActors.COORDINATOR).units().stream()
                .filter(u -> u.unitId().equals("T34-31")).findFirst().orElseThrow().stage("survey");
        assertThat(status.state()).isEqualTo("SURVEY_OPEN");
        assertThat(status.progress()).isEqualTo(new StageStatus.Progress(2, haiPhong.target()));
        navigate("rounds/dashboard/" + round.id());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<vn.thuocdo.round.UnitProgress> units =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("units"));
        List<vn.thuocdo.round.UnitProgress> rows = units.getListDataView().getItems().toList();
        vn.thuocdo.round.UnitProgress haiPhongRow = rows.stream().filter(u -> u.unitId().equals("T34-31"))
                .findFirst().orElseThrow();
        StringBuilder cells = new StringBuilder();
        for (var column : units.getColumns()) {
            if (column.getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer<?, ?> renderer) {
                @SuppressWarnings("unchecked")
                var cell = ((com.vaadin.flow.data.renderer.ComponentRenderer<?, vn.thuocdo.round.UnitProgress>) renderer)
                        .createComponent(haiPhongRow);
                cells.append(cell.getElement().getTextRecursively()).append(' ');
            }
        }
        assertThat(cells.toString()).contains("Đang khảo sát trực tuyến")
                .contains("2 / " + haiPhong.target() + " phiếu (" + 200 / haiPhong.target() + " %)");

        switchTo("haiphong");
        navigate("survey/my-progress");
        MyProgressView mine = _get(MyProgressView.class);
        choose(mine, round.id());
        assertThat(mine.communes.getListDataView().getItems().toList()).isEqualTo(communes);
        switchTo("hanoi");
        navigate("survey/my-progress");
        choose(_get(MyProgressView.class), round.id());
        assertThat(_get(MyProgressView.class).communes.getListDataView().getItems()
                .mapToLong(AreaProgress::responses).sum()).as("Hà Nội's own communes only").isZero();
        // Another province's communes, or another organiser's round: refused, whoever asks.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> progress.communes(round.id(), "T34-31",
                TestActors.HA_NOI)).isInstanceOf(vn.thuocdo.identity.AccessDenied.class);
        var otherCoordinator = new vn.thuocdo.identity.Actor("dieuphoi.haiphong", "Đinh Thu Thảo", "T34-31",
                java.util.Set.of(vn.thuocdo.identity.Role.MINISTRY_COORDINATOR));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> progress.provinces(round.id(), otherCoordinator))
                .isInstanceOf(vn.thuocdo.shared.Rejected.class);
    }

    /** Other tests' rounds may be newer: the one of this test, as a person picks it. */
    private static void choose(MyProgressView view, String roundId) {
        view.round.setValue(view.round.getListDataView().getItems().filter(r -> r.id().equals(roundId)).findFirst()
                .orElseThrow());
    }

    @Test
    void theStatisticianLandsOnTheMicrodataPageAndDownloadsPerQuestionnaire() {
        OnlineSurveys.OpenRound round = online.open(2078, List.of("T34-79"));
        List<IssuedCode> letters = online.letters(round, "T34-79");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        responses.submit(letters.get(0).code().value(), CompleteAnswers.of(sipas, 3), Channel.WEB, null);

        signIn("thongke");
        navigate("");
        MicrodataView view = _get(MicrodataView.class);
        view.round.setValue(view.round.getListDataView().getItems().filter(r -> r.roundId().equals(round.id()))
                .findFirst().orElseThrow());
        assertThat(_get(Anchor.class, spec -> spec.withId("microdata-citizens")).getText())
                .isEqualTo("Tải phiếu người dân (1 phiếu)");
        assertThat(_get(Anchor.class, spec -> spec.withId("microdata-officials")).getText())
                .isEqualTo("Tải phiếu cán bộ, công chức (0 phiếu)");
    }
}
