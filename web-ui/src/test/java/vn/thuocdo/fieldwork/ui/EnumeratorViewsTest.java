package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.KaribuTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enumerator's list, interview and outcome on a tablet, through the core and real PostgreSQL. Rounds of 2041
 * (Hải Phòng's branch for the list, the other province's for the outcomes) and 2042.
 */
@vn.thuocdo.testing.FieldworkContext
class EnumeratorViewsTest extends KaribuTest {

    @Autowired FieldworkScene scene;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;
    @Autowired Assignments assignments;

    /** One round of 2041 for the tests of this class that share it, each with its own branch. */
    private static FieldworkScene.Team round2041;

    private FieldworkScene.Team round2041() {
        if (round2041 == null) {
            round2041 = scene.withVillageAssigned(2041);
        }
        return round2041;
    }

    private static final Paradata TABLET = new Paradata(null, null, Map.of(), "tablet");

    @Test
    void theListShowsEachVillageWithItsHouseholdsStatesAndRuleAndASentBackInterviewFirstWithItsComments() {
        FieldworkScene.Team team = round2041();
        List<Long> slots = scene.households(team, team.commune());
        interviews.saveDraft(team.enumerator(), UUID.randomUUID().toString(), slots.get(0), Map.of(), TABLET);
        String last = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), last, slots.get(slots.size() - 1), complete(5), TABLET,
                EntryMode.INTERVIEW);
        reviews.reject(team.supervisor(), last, List.of(new ReviewComment.New("sex", "Hỏi lại giới tính"),
                new ReviewComment.New(null, "Ghi rõ địa chỉ hộ")), "Phiếu thiếu thông tin");

        switchTo(team.enumerator());
        navigate("fieldwork/assignments");

        Div village = _get(VillageCard.class);
        String text = village.getElement().getTextRecursively();
        assertThat(text).contains(slots.size() + " hộ · 0 đã xong · 1 đang làm dở · 1 bị trả lại")
                .contains("Chỉ thay hộ được chọn khi hộ đó từ chối");
        List<RouterLink> rows = _find(RouterLink.class, spec -> spec.withClasses("td-fwenum-household"));
        assertThat(rows).hasSize(slots.size());
        assertThat(rows.get(0).getId()).hasValue("fwenum-household-" + slots.get(slots.size() - 1));
        assertThat(rows.get(0).getClassNames()).contains("td-fwenum-rejected");
        assertThat(rows.get(0).getElement().getTextRecursively()).contains("Bị trả lại · 2 nhận xét cần sửa");
        assertThat(rows.get(1).getElement().getTextRecursively()).contains("Hộ số 1").contains("Đang làm dở");
        assertThat(rows.get(2).getElement().getTextRecursively()).contains("Chưa phỏng vấn");
        assertThat(_get(Paragraph.class, spec -> spec.withId("fwenum-total")).getText())
                .isEqualTo("Đã xong 0/" + slots.size() + " hộ ở 1 thôn.");

        navigate("fieldwork/interview/" + slots.get(slots.size() - 1));
        assertThat(_get(Div.class, spec -> spec.withId("q-sex")).getElement().getTextRecursively())
                .contains("Nhận xét của người duyệt: Hỏi lại giới tính");
        assertThat(_get(Div.class, spec -> spec.withId("fwenum-comments")).getElement().getTextRecursively())
                .contains("Phiếu bị trả lại. Lý do: Phiếu thiếu thông tin").contains("Ghi rõ địa chỉ hộ");
        assertThat(form().form.answers()).isEqualTo(interviews.find(team.enumerator(), last).answers());

        switchTo(team.secondEnumerator());
        navigate("fieldwork/assignments");
        assertThat(_get(Div.class, spec -> spec.withId("fwenum-empty")).getElement().getTextRecursively())
                .contains("Bạn chưa được giao hộ nào");
    }

    @Test
    void aDraftIsSavedOnEveryChangeUnderOneIdARefusedAnswerSavesNothingAndTheCompletedInterviewIsStored() {
        FieldworkScene.Team team = scene.withVillageAssigned(2042);
        long slot = scene.households(team, team.commune()).get(0);
        switchTo(team.enumerator());
        navigate("fieldwork/interview/" + slot);
        InterviewView view = form();
        _click(_get(Button.class, spec -> spec.withId("section-next")));

        RadioButtonGroup<String> sex = radios("answer-sex");
        sex.setValue(sex.getListDataView().getItem(0));
        clock.advance(Duration.ofMinutes(2));
        radios("answer-ageBand").setValue(radios("answer-ageBand").getListDataView().getItem(1));
        assertThat(view.status.getText()).startsWith("Đã lưu nháp lúc");
        assertThat(jdbc.queryForObject("select count(*) from fieldwork_interview where sample_unit_id = ?",
                Integer.class, slot)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from fieldwork_event where sample_unit_id = ? and kind = 'DRAFTED'",
                Integer.class, slot)).isEqualTo(1);
        String id = jdbc.queryForObject("select id from fieldwork_interview where sample_unit_id = ?", String.class, slot);
        assertThat(interviews.find(team.enumerator(), id).answers()).containsKeys("sex", "ageBand");

        // Skip logic of the shared form: the service questions are asked only after "yes".
        _click(_get(Button.class, spec -> spec.withId("section-next")));
        assertThat(view.form.asks("serviceArea")).isFalse();
        radios("answer-usedService").setValue("yes");
        assertThat(view.form.asks("serviceArea")).isTrue();

        _click(view.complete);
        assertThat(_get(Span.class, spec -> spec.withId("error-ethnicity")).getText()).isNotBlank();
        assertThat(view.status.getText()).contains("câu trả lời cần sửa").contains("Chưa có gì được lưu");
        assertThat(interviews.find(team.enumerator(), id).state()).isEqualTo(InterviewState.DRAFT);

        view.form.fill(complete(3));
        clock.advance(Duration.ofMinutes(9));
        _click(view.complete);
        Interview done = interviews.find(team.enumerator(), id);
        assertThat(done.state()).isEqualTo(InterviewState.COMPLETED);
        assertThat(done.entryMode()).isEqualTo(EntryMode.INTERVIEW);
        assertThat(done.paradata().startedAt()).isBefore(done.paradata().endedAt());
        assertThat(done.paradata().sectionSeconds()).isNotEmpty();
        expectNotifications("Đã gửi phiếu của Hộ số 1 · " + HouseholdWords.where(view, interviews.open(
                team.enumerator(), slot).household()) + ".");
        assertThat(_get(RouterLink.class, spec -> spec.withId("fwenum-household-" + slot)).getElement()
                .getTextRecursively()).contains("Đã hoàn thành");
    }

    @Test
    void aVisitWithNoInterviewGetsItsOutcomeAReplacementIsNamedAndSomeoneElsesHouseholdIsRefused() {
        FieldworkScene.Team team = round2041();
        List<Long> slots = scene.households(team, team.otherCommune());
        assignments.assignVillage(team.otherSupervisor(), slots.get(0), team.otherEnumerator().username());
        List<Long> spares = scene.replacements(slots.get(0));
        switchTo(team.otherEnumerator());
        navigate("fieldwork/interview/" + slots.get(0));
        _click(form().noInterview);
        OutcomeDialog dialog = _get(OutcomeDialog.class);
        dialog.outcome.setValue(Outcome.ABSENT);
        dialog.visits.setValue(1);
        _click(dialog.save);
        assertThat(dialog.error.getElement().getTextRecursively()).contains("sau ít nhất 3 lần đến hộ");
        assertThat(interviews.open(team.otherEnumerator(), slots.get(0)).interview()).isNull();

        dialog.outcome.setValue(Outcome.REPLACED);
        assertThat(dialog.replacement.getText()).contains("Dự phòng 1");
        _click(dialog.save);
        expectNotifications(_get(MyAssignmentsView.class).getTranslation("fwenum.outcome.replaced",
                HouseholdWords.label(dialog, interviews.open(team.otherEnumerator(), spares.get(0)).household())));
        Interview replaced = interviews.open(team.otherEnumerator(), slots.get(0)).interview();
        assertThat(replaced.outcome()).isEqualTo(Outcome.REPLACED);
        assertThat(replaced.replacedBy()).isEqualTo(spares.get(0));
        assertThat(_find(RouterLink.class, spec -> spec.withId("fwenum-household-" + spares.get(0)))).hasSize(1);

        navigate("fieldwork/interview/" + slots.get(1));
        _click(form().noInterview);
        OutcomeDialog other = _get(OutcomeDialog.class);
        other.outcome.setValue(Outcome.OTHER);
        _click(other.save);
        assertThat(other.error.getElement().getTextRecursively()).contains("cần ghi rõ lý do");
        other.note.setValue("Nhà đang có tang");
        _click(other.save);
        assertThat(interviews.open(team.otherEnumerator(), slots.get(1)).interview().outcome())
                .isEqualTo(Outcome.OTHER);

        switchTo(team.enumerator());
        navigate("fieldwork/interview/" + slots.get(2));
        assertThat(_get(Div.class, spec -> spec.withId("refusal")).getElement().getTextRecursively())
                .contains("Hộ này không được giao cho ông/bà.");
        assertThat(_find(InterviewView.class).get(0).form).isNull();
    }

    @Test
    void officialsAndCoordinatorsOpenNoneOfTheEnumeratorsScreens() {
        for (String official : new String[] {"haiphong", "dieuphoi"}) {
            switchTo(official);
            assertRefused("fieldwork/assignments", MyAssignmentsView.class);
            assertRefused("fieldwork/interview/1", InterviewView.class);
        }
    }

    private InterviewView form() {
        return _get(InterviewView.class);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radios(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    private Map<String, Object> complete(long seed) {
        return CompleteAnswers.of(questionnaires.find("sipas-citizen@1").orElseThrow(), seed);
    }
}
