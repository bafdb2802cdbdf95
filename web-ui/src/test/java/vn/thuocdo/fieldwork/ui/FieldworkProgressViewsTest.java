package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.Progress;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.round.ui.RoundDashboardView;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.ui.MyProgressView;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.KaribuTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fieldwork progress on the coordinator's round dashboard (every province and partner, a chart over time) and on a
 * provincial officer's progress page (their province alone), as counts that never name an enumerator. Round 2056.
 */
@vn.thuocdo.testing.FieldworkContext
class FieldworkProgressViewsTest extends KaribuTest {

    @Autowired FieldworkScene scene;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired Questionnaires questionnaires;

    @Test
    void theCoordinatorSeesEveryProvinceAndPartnerAndTheOfficerOnlyTheirProvinceWithoutEnumerators() {
        FieldworkScene.Team team = scene.withVillageAssigned(2056);
        List<Long> slots = scene.households(team, team.commune());
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Instant now = clock.instant();
        String first = complete(team, slots.get(0), sipas, now.minus(Duration.ofDays(2)));
        String second = complete(team, slots.get(1), sipas, now.minus(Duration.ofDays(1)));
        complete(team, slots.get(2), sipas, now.minus(Duration.ofDays(1)));
        reviews.approve(team.supervisor(), first);
        reviews.reject(team.supervisor(), second, List.of(new ReviewComment.New("sex", "Hỏi lại")), "Cần hỏi lại");
        interviews.recordOutcome(team.enumerator(), slots.get(3), Outcome.REFUSED, 1, null, null);

        signIn("dieuphoi");
        navigate("rounds/dashboard/" + team.roundId());
        _get(RoundDashboardView.class);
        FieldworkProgressSection section = _get(FieldworkProgressSection.class);
        List<Progress> provinces = section.grid.getTreeData().getRootItems();
        assertThat(provinces).extracting(Progress::unitId).containsExactly("T34-04", "T34-31");
        Progress haiPhong = provinces.get(1);
        assertThat(section.area(haiPhong)).isEqualTo("Thành phố Hải Phòng");
        assertThat(haiPhong.interviews()).isEqualTo(3);
        assertThat(FieldworkProgressSection.percent(haiPhong.responseRate())).isEqualTo("75,0 %");
        assertThat(section.outcomes(haiPhong)).isEqualTo("Từ chối 1");
        assertThat(section.grid.getTreeData().getChildren(haiPhong)).singleElement()
                .satisfies(branch -> assertThat(section.area(branch))
                        .isEqualTo("Bưu điện · Bưu điện thành phố Hải Phòng"));
        assertThat(section.grid.getTreeData().getChildren(provinces.get(0))).extracting(section::area)
                .containsExactly("Mặt trận Tổ quốc · Ủy ban MTTQ tỉnh T34-04");
        assertThat(((Html) section.chart).getInnerHtml()).contains("<polyline").contains("Chỉ tiêu");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("fieldwork-total")).getText())
                .startsWith("Đã phỏng vấn 3 / ");

        switchTo("haiphong");
        navigate("survey/my-progress?round=" + team.roundId());
        _get(MyProgressView.class);
        FieldworkProgressSection own = _get(FieldworkProgressSection.class);
        List<Progress> ownRows = own.grid.getTreeData().getRootItems();
        assertThat(ownRows).extracting(Progress::unitId).containsExactly("T34-31");
        assertThat(own.grid.getTreeData().getChildren(ownRows.get(0))).extracting(own::area)
                .containsExactly("Bưu điện · Bưu điện thành phố Hải Phòng");
        assertThat(own.chart).isNotNull();
        // Nobody in fieldwork is named or identified on the officer's page: the section holds counts only.
        String page = UI.getCurrent().getElement().getOuterHTML();
        Stream.of(team.enumerator(), team.supervisor(), team.secondEnumerator()).forEach(person -> {
            assertThat(page).doesNotContain(person.displayName()).doesNotContain(person.username());
        });
        assertThat(Stream.concat(ownRows.stream(), own.grid.getTreeData().getChildren(ownRows.get(0)).stream())
                .map(p -> own.area(p) + own.outcomes(p))).noneMatch(text -> text.contains("Điều Tra"));

        // The province's leader follows the same counts, and nobody in fieldwork is named to them either.
        switchTo("lanhdao.haiphong");
        navigate("survey/my-progress?round=" + team.roundId());
        _get(MyProgressView.class);
        List<Progress> leaderRows = _get(FieldworkProgressSection.class).grid.getTreeData().getRootItems();
        assertThat(leaderRows).extracting(Progress::unitId).containsExactly("T34-31");
        String leaderPage = UI.getCurrent().getElement().getOuterHTML();
        Stream.of(team.enumerator(), team.supervisor()).forEach(person ->
                assertThat(leaderPage).doesNotContain(person.displayName()).doesNotContain(person.username()));
    }

    @Test
    void beforeAnyInterviewTheSectionSaysSoInsteadOfDrawingAnEmptyChart() {
        FieldworkScene.Team team = scene.setUp(2057);
        signIn("dieuphoi");
        navigate("rounds/dashboard/" + team.roundId());
        assertThat(_find(FieldworkProgressSection.class)).singleElement()
                .satisfies(s -> assertThat(s.chart).as("no interview yet: a sentence, no chart").isNull());
    }

    private String complete(FieldworkScene.Team team, long slot, Questionnaire sipas, Instant ended) {
        String id = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), id, slot, CompleteAnswers.of(sipas, slot),
                new Paradata(ended.minus(Duration.ofMinutes(30)), ended, Map.of(), "Galaxy Tab"), EntryMode.INTERVIEW);
        return id;
    }
}
