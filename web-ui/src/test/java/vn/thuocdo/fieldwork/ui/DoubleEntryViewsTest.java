package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.DoubleEntries;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second entry of paper forms on screen: the demo enumerator (dieutravien) types a form of their branch that
 * someone else typed first, and the demo supervisor (giamsat) settles the difference. Round 2051.
 */
@vn.thuocdo.testing.FieldworkContext
class DoubleEntryViewsTest extends KaribuTest {

    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams teams;
    @Autowired Interviews interviews;
    @Autowired DoubleEntries entries;
    @Autowired Questionnaires questionnaires;

    static final Actor SECOND = new Actor("dieutravien", "Ngô Thị Hương", "T34-31", Set.of(Role.ENUMERATOR));

    @Test
    void aDrawnPaperFormIsTypedAgainAndItsDifferenceSettledOnScreen() {
        FieldworkScene.Team team = scene.withVillageAssigned(2051);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "dieutravien", "Ngô Thị Hương",
                TeamRole.ENUMERATOR);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "giamsat", "Hoàng Văn Bình",
                TeamRole.SUPERVISOR);
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Map<String, Object> first = CompleteAnswers.of(sipas, 21);
        long slot = scene.households(team, team.commune()).get(0);
        String id = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), id, slot, first, Paradata.NONE, EntryMode.PAPER);

        signIn("dieutravien");
        navigate("fieldwork/second-entry?round=" + team.roundId());
        SecondEntryView view = _get(SecondEntryView.class);
        assertThat(view.forms.getListDataView().getItems()).singleElement()
                .satisfies(f -> assertThat(f.firstTypist()).isEqualTo("Nguyễn Văn Điều Tra"));
        _click((Button) GridKt._getCellComponent(view.forms, 0, "type"));
        assertThat(view.form).as("the tablet's questionnaire form").isNotNull();
        assertThat(view.form.answers()).as("never the first entry's answers").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("send-second-entry")));
        assertThat(entries.waiting(SECOND, team.roundId())).as("an empty form is refused, nothing stored").hasSize(1);

        Map<String, Object> second = new HashMap<>(first);
        String otherSex = sipas.choicesOf(sipas.question("sex").orElseThrow()).stream().map(o -> o.key())
                .filter(k -> !k.equals(first.get("sex"))).findFirst().orElseThrow();
        second.put("sex", otherSex);
        entries.enter(SECOND, id, second);
        switchTo("dieutravien");
        navigate("fieldwork/second-entry?round=" + team.roundId());
        assertThat(_get(SecondEntryView.class).forms.getListDataView().getItems()).isEmpty();

        switchTo("giamsat");
        navigate("fieldwork/entry-differences?round=" + team.roundId());
        EntryDifferencesView differences = _get(EntryDifferencesView.class);
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(differences.grids.get(0), 0,
                "decision");
        _click(actions.getChildren().map(Button.class::cast).filter(b -> "keep-second-sex".equals(b.getId()
                .orElse(null))).findFirst().orElseThrow());
        _get(TextArea.class, spec -> spec.withId("settle-reason")).setValue("Phiếu giấy ghi rõ ô thứ hai");
        _click(_get(Button.class, spec -> spec.withId("settle-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-differences")).getText())
                .isEqualTo("Không còn khác biệt nào cần xử lý.");
        assertThat(interviews.find(team.enumerator(), id).answers()).containsEntry("sex", otherSex);
    }
}
