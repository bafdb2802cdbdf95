package vn.thuocdo.compilation.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.SurveyScene;
import vn.thuocdo.testing.TestActors;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranks' uncertainty on the review screen (#13 "Rank uncertainty"): every rank with its 95% interval, SIPAS's
 * rank beside its value, and in a unit's breakdown the units not significantly different, by name. Rounds 2071-2074.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class CompilationRankIntervalsViewTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2071);

    @Autowired Rounds rounds;
    @Autowired RuntimeService runtime;
    @Autowired vn.thuocdo.assessment.SelfAssessments assessments;
    @Autowired JdbcClient db;

    String round;

    /** Hải Phòng and Hà Nội answer alike (83,3% each, from their own communes); TP Hồ Chí Minh is dissatisfied. */
    @BeforeEach
    void threeProvincesAtTheCompilationStage() {
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt khoảng hạng trên màn hình",
                RoundLevel.NATIONAL, List.of("T34-31", "T34-01", "T34-79"), "sampling-request@1",
                LocalDate.now().plusDays(10)), TestActors.COORDINATOR).id();
        SurveyScene scene = new SurveyScene(db, round).approvedSample();
        for (String unit : List.of("T34-31", "T34-01", "T34-79")) {
            for (int c = 1; c <= 4; c++) {
                for (int h = 0; h < 10; h++) {
                    String answer = unit.equals("T34-79") ? "1" : c == 4 ? "2" : "5";
                    scene.respond(unit, unit + "-c" + c, c == 1 ? 30.0 : 10.0, answer);
                }
            }
        }
        CompilationScene.withNoOwnPoints(assessments, round, List.of("T34-31", "T34-01", "T34-79"));
        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", "BO-BNV")
                .setVariable("compilationDue", null).execute();
    }

    @Test
    void everyRankShowsItsIntervalAndAUnitNamesTheUnitsNotSignificantlyDifferent() {
        signIn("dieuphoi");
        navigate("compilation/review?round=" + round);
        CompilationReviewView view = _get(CompilationReviewView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("compilation-rank-help")).getText())
                .startsWith("Hạng (trong ngoặc: khoảng hạng 95%");
        String first = String.join(" | ", _getFormattedRow(view.provinces, 0));
        String last = String.join(" | ", _getFormattedRow(view.provinces, 2));
        assertThat(first).matches(
                "1 \\(1-\\d\\) \\| Thành phố (Hải Phòng|Hà Nội) \\| 83,3% \\(.+\\) · hạng 1 \\(1-\\d\\) \\|.*");
        assertThat(last).matches("3 \\([23]-3\\) \\| Thành phố Hồ Chí Minh \\| 0,0% .*· hạng 3 \\([23]-3\\) \\|.*");

        _clickItem(view.provinces, 2);
        UnitBreakdown breakdown = _get(UnitBreakdown.class);
        List<String> lines = breakdown.similar.getChildren().map(c -> ((Paragraph) c).getText()).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .matches("Chỉ số CCHC: hạng 3 \\([23]-3\\)\\. Không khác biệt có ý nghĩa thống kê với: .*");
        assertThat(lines.get(1)).isEqualTo("SIPAS: hạng 3 (" + lines.get(1).substring(15, 18)
                + "). Không khác biệt có ý nghĩa thống kê với: không có đơn vị nào");
        breakdown.close();

        // The two alike: each names the other.
        _clickItem(view.provinces, 0);
        breakdown = _get(UnitBreakdown.class);
        assertThat(breakdown.similar.getChildren().map(c -> ((Paragraph) c).getText()).toList().get(1))
                .matches("SIPAS: hạng 1 \\(1-\\d\\)\\. Không khác biệt có ý nghĩa thống kê với: "
                        + "Thành phố (Hà Nội|Hải Phòng)");
    }
}
