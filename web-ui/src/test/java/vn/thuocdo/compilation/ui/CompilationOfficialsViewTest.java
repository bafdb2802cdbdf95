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

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

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
        round = UUID.randomUUID().toString();
        // Written directly: 2171-2174 lie beyond the 2020-2100 that preparing a round accepts.
        db.sql("insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,"
                        + " sampling_due, state, created_by, created_at, reminder_days_before)"
                        + " values (?, ?, 'Đợt thử khảo sát cán bộ', 'NATIONAL', 'BO-BNV', 'sampling-request@1', ?,"
                        + " 'DRAFT', 'dieuphoi', ?, 3)")
                .params(round, YEARS.getAndIncrement(), java.sql.Date.valueOf(LocalDate.now().plusDays(10)),
                        Timestamp.from(Instant.now())).update();
        for (String unit : List.of("T34-31", "T34-01")) {
            db.sql("insert into round_participant (round_id, unit_id) values (?, ?)").params(round, unit).update();
        }
        String sample = UUID.randomUUID().toString();
        db.sql("insert into survey_sample (id, round_id, version, seed, design, frames_fingerprint, sample_fingerprint,"
                + " state, drawn_by, drawn_at) values (?, ?, 1, 1, 'd@1', 'f', 's', 'APPROVED', 'x', ?)")
                .params(sample, round, Timestamp.from(Instant.now())).update();
        for (int c = 1; c <= 4; c++) {
            for (int h = 0; h < 10; h++) {
                CompilationScene.respond(db, round, sample, "T34-31", "c" + c, 10, "5");
            }
        }
        String agree = answers("4");
        String disagree = answers("2");
        for (int i = 0; i < 40; i++) {
            db.sql("insert into survey_response (id, round_id, questionnaire, channel, unit_id, position_group,"
                            + " answers, received_at) values (?, ?, 'par-officials@1', 'WEB', 'T34-31', 'civilServant',"
                            + " ?, ?)")
                    .params(UUID.randomUUID().toString(), round, i < 30 ? agree : disagree,
                            Timestamp.from(Instant.now())).update();
        }
        CompilationScene.withNoOwnPoints(assessments, round, List.of("T34-31", "T34-01"));
        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", "BO-BNV")
                .setVariable("compilationDue", null).execute();
    }

    private static String answers(String answer) {
        return IndexCatalogue.load().get("officials@1").items().stream()
                .map(i -> "\"" + i + "\":\"" + answer + "\"").collect(Collectors.joining(",", "{", "}"));
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
