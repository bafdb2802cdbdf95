package vn.thuocdo.compilation.ui;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.SurveyScene;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's breakdown shows its officials' index (par-officials@1) under the definition's Vietnamese names, beside
 * SIPAS: the overall index, the part and the eight areas with the valid answers and the respondents. Rounds 2171-2174.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class CompilationOfficialsViewTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2171);

    @Autowired RuntimeService runtime;
    @Autowired SelfAssessments assessments;
    @Autowired JdbcClient db;

    String round;

    /** Hải Phòng: 40 citizens (SIPAS) and 40 officials, 30 of whom agree with everything (75%). */
    @BeforeEach
    void aCompiledRoundWithOfficialsAnswersInHaiPhong() {
        // Written directly: 2171-2174 lie beyond the 2020-2100 that preparing a round accepts.
        round = SurveyScene.round(db, YEARS.getAndIncrement(), "Đợt thử khảo sát cán bộ", LocalDate.now().plusDays(10),
                List.of("T34-31", "T34-01"));
        SurveyScene scene = new SurveyScene(db, round).approvedSample();
        for (int c = 1; c <= 4; c++) {
            for (int h = 0; h < 10; h++) {
                scene.respond("T34-31", "c" + c, 10.0, "5");
            }
        }
        String agree = answers("4");
        String disagree = answers("2");
        for (int i = 0; i < 40; i++) {
            scene.uninvited("par-officials@1", "WEB", "T34-31", "civilServant", i < 30 ? agree : disagree);
        }
        CompilationScene.withNoOwnPoints(assessments, round, List.of("T34-31", "T34-01"));
        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", "BO-BNV")
                .setVariable("compilationDue", null).execute();
    }

    private static String answers(String answer) {
        return SurveyScene.json(SurveyScene.alike(IndexCatalogue.load().get("officials@1"), answer));
    }

    @Test
    void theBreakdownNamesTheOfficialsMeasuresInVietnamese() {
        signIn("dieuphoi");
        navigate("compilation/review?round=" + round);
        CompilationReviewView view = _get(CompilationReviewView.class);
        _clickItem(view.provinces, 0);
        UnitBreakdown breakdown = _get(UnitBreakdown.class);
        // Overall, the part, then the eight areas; no interval (a census), 40 valid answers of 40 respondents.
        assertThat(_size(breakdown.officials)).isEqualTo(10);
        assertThat(String.join(" | ", _getFormattedRow(breakdown.officials, 0))).isEqualTo(
                "Chỉ số chung: Chỉ số đánh giá của lãnh đạo, quản lý và công chức (Chỉ số CCHC) | 75,0% | 40 | 40");
        assertThat(_getFormattedRow(breakdown.officials, 1)).containsSubsequence(
                "Phần: Các lĩnh vực cải cách hành chính", "75,0%");
        List<String> areas = java.util.stream.IntStream.range(2, 10)
                .mapToObj(r -> String.join(" | ", _getFormattedRow(breakdown.officials, r))).toList();
        assertThat(areas).contains("Yếu tố: Công tác chỉ đạo, điều hành cải cách hành chính | 75,0% | 40 | —",
                "Yếu tố: Cải cách chế độ công vụ | 75,0% | 40 | —");
        assertThat(_size(breakdown.sipas)).isEqualTo(12);
    }
}
