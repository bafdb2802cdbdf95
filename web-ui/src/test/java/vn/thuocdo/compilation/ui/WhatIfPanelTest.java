package vn.thuocdo.compilation.ui;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.SurveyScene;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if under the review's tables through Karibu: Hải Phòng's only points are its survey sub-criteria at
 * 83,33% (5 × 1,67 + 4 × 0,83 = 11,67 of 100); the survey at 48% of the total doubles them: 23,34 / 100, still
 * first (=). A bad number is refused with the field's name, reset restores the scorecard's values, the real table
 * is unchanged, and a council member of the organiser may try too. Rounds organised by BO-BTC, 2093 on.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class WhatIfPanelTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2093);
    static final Actor COORDINATOR = new Actor("dieuphoi.btc", "Điều phối viên Bộ Tài chính", "BO-BTC",
            Set.of(Role.MINISTRY_COORDINATOR));

    @Autowired Rounds rounds;
    @Autowired RuntimeService runtime;
    @Autowired vn.thuocdo.assessment.SelfAssessments assessments;
    @Autowired JdbcClient db;

    String round;

    @BeforeEach
    void aCompiledRoundWithResponsesInHaiPhong() {
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử giả định", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR).id();
        SurveyScene scene = new SurveyScene(db, round).approvedSample();
        for (int c = 1; c <= 4; c++) {
            for (int h = 0; h < 10; h++) {
                scene.respond("T34-31", "c" + c, c == 1 ? 30.0 : 10.0, c == 4 ? "2" : "5");
            }
        }
        CompilationScene.withNoOwnPoints(assessments, round, List.of("T34-31", "T34-01"));
        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", "BO-BTC")
                .setVariable("compilationDue", null).execute();
    }

    private List<Map<String, Object>> realRows() {
        return db.sql("select r.* from index_result r join index_result_version v on v.id = r.version_id"
                + " where v.round_id = ? order by r.unit_id, r.measure").param(round).query().listOfRows();
    }

    @Test
    void theCoordinatorTriesTheSurveyAt48PercentSideBySideWithTheRealResults() {
        switchTo(COORDINATOR);
        navigate("compilation/review?round=" + round);
        List<Map<String, Object>> before = realRows();
        WhatIfPanel panel = _get(WhatIfPanel.class);
        assertThat(_get(panel, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("what-if-banner"))
                .getElement().getTextRecursively()).contains("không thay đổi");
        var share = _get(panel, com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("what-if-share-PROVINCE"));
        assertThat(share.getValue()).isEqualTo("24");

        share.setValue("4a");
        _click(panel.compute);
        expectNotifications("Tỷ trọng điều tra xã hội học (% tổng điểm): cần một số, tối đa hai chữ số thập phân"
                + " (ví dụ 1,5 hoặc 30).");
        share.setValue("100,5");
        _click(panel.compute);
        expectNotifications("Tỷ trọng điều tra xã hội học phải từ 0 đến 100%, tối đa hai chữ số thập phân.");

        share.setValue("48");
        _click(panel.compute);
        assertThat(_size(panel.table)).isEqualTo(2);
        assertThat(String.join(" | ", _getFormattedRow(panel.table, 0)))
                .isEqualTo("Thành phố Hải Phòng | 1 | 11,67% | D | 1 | 23,34 / 100 | 23,34% | D | =");
        assertThat(_getFormattedRow(panel.table, 1)).containsSubsequence("Thành phố Hà Nội", "2", "0,00%", "=");
        assertThat(realRows()).isEqualTo(before);

        _click(panel.reset);
        assertThat(share.getValue()).isEqualTo("24");
        assertThat(panel.table.isVisible()).isFalse();
    }

    @Test
    void aCouncilMemberOfTheOrganiserMayTryAWeight() {
        switchTo(new Actor("hoidong.btc", "Hội đồng Bộ Tài chính", "BO-BTC", Set.of(Role.COUNCIL_MEMBER)));
        navigate("compilation/review?round=" + round);
        WhatIfPanel panel = _get(WhatIfPanel.class);
        _get(panel, com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("what-if-weight-PROVINCE-8")).setValue("2");
        _click(panel.compute);
        // Area 8 doubled: maximum 131,5; Hải Phòng 23,34 → 17,75%.
        assertThat(_getFormattedRow(panel.table, 0)).containsSubsequence("Thành phố Hải Phòng", "1", "11,67%",
                "23,34 / 131,5", "17,75%", "=");
    }
}
