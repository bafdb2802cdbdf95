package vn.thuocdo.compilation.ui;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.compilation.Compilations;
import vn.thuocdo.compilation.VersionState;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.SurveyScene;
import vn.thuocdo.testing.TestActors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's review of the compiled results through Karibu, on the real capability, engine and PostgreSQL:
 * the ranked table with SIPAS intervals and "không đủ dữ liệu", a unit's breakdown, a recompute with its reason and
 * the hand-over to the council; a council member reads the same without the buttons. Rounds 2075-2079.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class CompilationReviewViewTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2075);

    @Autowired Rounds rounds;
    @Autowired Compilations compilations;
    @Autowired RuntimeService runtime;
    @Autowired vn.thuocdo.assessment.SelfAssessments assessments;
    @Autowired JdbcClient db;

    String round;

    @BeforeEach
    void aRoundAtTheCompilationStageWithResponsesInHaiPhong() {
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt tổng hợp trên màn hình", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(10)),
                TestActors.COORDINATOR).id();
        SurveyScene scene = new SurveyScene(db, round).approvedSample();
        // Four communes of ten households, c1 weighing 30, c4 dissatisfied: 500/600 = 83,3%.
        for (int c = 1; c <= 4; c++) {
            for (int h = 0; h < 10; h++) {
                scene.respond("T34-31", "c" + c, c == 1 ? 30.0 : 10.0, c == 4 ? "2" : "5");
            }
        }
        CompilationScene.withNoOwnPoints(assessments, round, List.of("T34-31", "T34-01"));
        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", "BO-BNV")
                .setVariable("compilationDue", null).execute();
    }

    @Test
    void theCoordinatorReadsTheRanksExplainsAUnitRecomputesWithAReasonAndHandsTheResultsToTheCouncil() {
        signIn("dieuphoi");
        navigate("compilation/review?round=" + round);
        CompilationReviewView view = _get(CompilationReviewView.class);
        assertThat(_size(view.versions)).isEqualTo(1);
        assertThat(_getFormattedRow(view.versions, 0)).containsSubsequence("1", "Đang rà soát",
                "Tính tự động khi đến giai đoạn tổng hợp");
        assertThat(_size(view.provinces)).isEqualTo(2);
        assertThat(String.join(" | ", _getFormattedRow(view.provinces, 0))).startsWith("1 (1-1) | Thành phố Hải Phòng | 83,3% (")
                .contains("/ 100").contains("Chưa chốt thẩm định");
        assertThat(_getFormattedRow(view.provinces, 1)).containsSubsequence("Thành phố Hà Nội", "không đủ dữ liệu",
                "0 / 100", "0,00%", "D");
        assertThat(view.ministries).isNull();

        // Explain: the areas and the SIPAS elements with their counts and weights, never an answer.
        _clickItem(view.provinces, 0);
        UnitBreakdown breakdown = _get(UnitBreakdown.class);
        assertThat(_size(breakdown.areas)).isEqualTo(8);
        assertThat(String.join(" | ", _getFormattedRow(breakdown.sipas, 0)))
                .matches("Chỉ số chung: .+ \\| 83,3% \\(\\d+,\\d-\\d+,\\d\\) \\| 40 \\| 600");
        assertThat(_getFormattedRow(breakdown.sipas, 3)).containsSubsequence("Yếu tố: Tiếp cận dịch vụ", "40", "—");
        breakdown.close();

        // A recompute needs its reason; with one, version 2 is under review and version 1 superseded.
        _click(view.recompute);
        RecomputeDialog dialog = _get(RecomputeDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue("Bổ sung phiếu khảo sát của xã c4");
        _click(dialog.confirm);
        expectNotifications("Đã tính lại: lần tính mới kèm lý do.");
        assertThat(_size(view.versions)).isEqualTo(2);
        assertThat(_getFormattedRow(view.versions, 0)).containsSubsequence("2", "Đang rà soát",
                "Bổ sung phiếu khảo sát của xã c4");
        assertThat(_getFormattedRow(view.versions, 1)).contains("Đã thay bằng lần tính sau");

        _click(view.handOver);
        expectNotifications("Đã chuyển kết quả cho Hội đồng thẩm định.");
        assertThat(compilations.versions(round, TestActors.COORDINATOR).get(0).state()).isEqualTo(VersionState.READY);
        assertThat(view.handOver.isEnabled()).isFalse();

        // A council member of the organiser reads the results, without the coordinator's buttons.
        switchTo(new Actor("hoidong", "Vũ Thị Lan", "BO-BNV", Set.of(Role.COUNCIL_MEMBER)));
        navigate("compilation/review?round=" + round);
        view = _get(CompilationReviewView.class);
        assertThat(_size(view.provinces)).isEqualTo(2);
        assertThat(view.recompute.isVisible()).isFalse();
        assertThat(view.handOver.isVisible()).isFalse();
    }
}
