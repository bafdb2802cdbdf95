package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.CallBackItem;
import vn.thuocdo.fieldwork.CallBackOutcome;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.EnumeratorChecks;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.FlagItem;
import vn.thuocdo.fieldwork.FlagState;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's call-backs and quality flags and the quality report, over a round where the demo supervisor
 * (giamsat) supervises Hải Phòng's Vietnam Post branch: recording a call-back, clearing and upholding flags, the
 * report for the supervisor and the ministry, the empty states, and the refusals. Rounds 2053-2054.
 */
@vn.thuocdo.testing.FieldworkContext
class FieldworkChecksViewsTest extends KaribuTest {

    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams teams;
    @Autowired Interviews interviews;
    @Autowired Questionnaires questionnaires;

    private Questionnaire sipas() {
        return questionnaires.find("sipas-citizen@1").orElseThrow();
    }

    private Paradata minutes(int minutes) {
        Instant start = clock.instant().plus(Duration.ofHours(1));
        return new Paradata(start, start.plus(Duration.ofMinutes(minutes)), Map.of(), "Tab");
    }

    private String complete(Actor enumerator, long slot, Map<String, Object> answers, int minutes) {
        String id = UUID.randomUUID().toString();
        interviews.complete(enumerator, id, slot, answers, minutes(minutes), EntryMode.INTERVIEW);
        return id;
    }

    private FieldworkScene.Team supervisedByGiamsat(int year) {
        FieldworkScene.Team team = scene.withVillageAssigned(year);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "giamsat", "Hoàng Văn Bình",
                TeamRole.SUPERVISOR);
        return team;
    }

    @Test
    void theSupervisorRecordsACallBackAndDecidesTheFlagsAndTheMinistryReadsTheReport() {
        FieldworkScene.Team team = supervisedByGiamsat(2053);
        signIn("giamsat");
        navigate("fieldwork/callbacks?round=" + team.roundId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("fwchk-none")).getText())
                .isEqualTo("Chưa có phiếu nào của chi nhánh được chọn phúc tra.");
        navigate("fieldwork/flags?round=" + team.roundId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("fwchk-none")).getText())
                .isEqualTo("Không có cảnh báo nào chưa xử lý.");

        List<Long> slots = scene.households(team, team.commune());
        Map<String, Object> answers = CompleteAnswers.of(sipas(), 53);
        String first = complete(team.enumerator(), slots.get(0), answers, 25);
        String fast = complete(team.enumerator(), slots.get(1), CompleteAnswers.of(sipas(), 54), 5);
        String faster = complete(team.enumerator(), slots.get(2), CompleteAnswers.of(sipas(), 55), 4);

        // The call-back: not reached first, then reached and confirmed with the same key answers.
        navigate("fieldwork/callbacks?round=" + team.roundId());
        CallBacksView callBacks = _get(CallBacksView.class);
        List<CallBackItem> drawn = callBacks.grid.getListDataView().getItems().toList();
        assertThat(drawn).extracting(CallBackItem::interviewId).containsExactly(first);
        assertThat(callBacks.household(drawn.get(0))).startsWith(drawn.get(0).communeName() + " · ");
        CallBackDialog dialog = callBacks.open(drawn.get(0));
        _click(dialog.save);
        assertThat(dialog.reached.isInvalid()).isTrue();
        dialog.reached.setValue(false);
        _click(dialog.save);
        CallBackItem unreached = callBacks.grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(unreached.outcome()).isEqualTo(CallBackOutcome.UNREACHABLE);

        dialog = callBacks.open(unreached);
        dialog.reached.setValue(true);
        _click(dialog.save);
        assertThat(dialog.confirmed.isInvalid()).as("the visit confirmed or not is asked").isTrue();
        dialog.confirmed.setValue(true);
        for (String key : List.of("ageBand", "sex", "usedService", "serviceArea")) {
            if (answers.containsKey(key) && dialog.inputs.get(key).component().isVisible()) {
                value(dialog, key).setValue(answers.get(key));
            }
        }
        _click(dialog.save);
        CallBackItem confirmed = callBacks.grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(confirmed.outcome()).isEqualTo(CallBackOutcome.CONFIRMED);
        assertThat(_find(Button.class, spec -> spec.withId("fwchk-record-" + first))).as("done: nothing to record")
                .isEmpty();

        // The flags: the evidence in words, cleared with a reason, upheld with one (the interview goes back).
        navigate("fieldwork/flags?round=" + team.roundId());
        QualityFlagsView flags = _get(QualityFlagsView.class);
        List<FlagItem> open = flags.grid.getListDataView().getItems().toList();
        assertThat(open).extracting(FlagItem::interviewId).containsExactlyInAnyOrder(fast, faster);
        FlagItem onFast = open.stream().filter(f -> f.interviewId().equals(fast)).findFirst().orElseThrow();
        assertThat(CheckWords.evidence(flags, onFast, sipas()))
                .isEqualTo("Phỏng vấn kéo dài 5,0 phút, dưới mức tối thiểu 8,0 phút");
        assertThat(CheckWords.rule(flags, onFast.rule(), onFast.ruleLabel())).isEqualTo("Quá nhanh");
        flags.decide(onFast, false);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("change-reason"));
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        reason.setValue("Hộ neo đơn, chỉ trả lời phần bắt buộc");
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        FlagItem onFaster = flags.grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(onFaster.interviewId()).isEqualTo(faster);
        flags.decide(onFaster, true);
        _get(TextArea.class, spec -> spec.withId("change-reason")).setValue("Hộ cho biết chỉ được hỏi vài câu");
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("fwchk-none")).getText())
                .isEqualTo("Không có cảnh báo nào chưa xử lý.");
        flags.openOnly.setValue(false);
        assertThat(flags.grid.getListDataView().getItems().toList()).extracting(FlagItem::state)
                .containsExactlyInAnyOrder(FlagState.CLEARED, FlagState.UPHELD);
        assertThat(flags.grid.getListDataView().getItems().filter(f -> f.state() == FlagState.UPHELD)
                .findFirst().orElseThrow().interviewState()).isEqualTo(InterviewState.REJECTED);

        // The report: the supervisor's branch, and the whole round for the statistician and the coordinator.
        navigate("fieldwork/quality?round=" + team.roundId());
        EnumeratorChecks row = _get(QualityReportView.class).grid.getListDataView().getItems()
                .filter(e -> e.enumerator().equals(team.enumerator().username())).findFirst().orElseThrow();
        assertThat(List.of(row.interviews(), row.flagged(), row.cleared(), row.upheld(), row.confirmed()))
                .containsExactly(3, 2, 1, 1, 1);
        for (String ministry : List.of("thongke", "dieuphoi")) {
            switchTo(ministry);
            navigate("fieldwork/quality?round=" + team.roundId());
            assertThat(_get(QualityReportView.class).grid.getListDataView().getItems())
                    .extracting(EnumeratorChecks::name).contains("Nguyễn Văn Điều Tra");
        }
    }

    @Test
    void officialsEnumeratorsAndCoordinatorsAreRefusedTheSupervisorsScreensAndAnotherOrganiserSeesNoRound() {
        supervisedByGiamsat(2054);
        for (String official : List.of("haiphong", "dieutravien")) {
            switchTo(official);
            assertRefused("fieldwork/callbacks", CallBacksView.class);
            assertRefused("fieldwork/flags", QualityFlagsView.class);
            assertRefused("fieldwork/quality", QualityReportView.class);
        }
        switchTo("dieuphoi");
        assertRefused("fieldwork/callbacks", CallBacksView.class);
        assertRefused("fieldwork/flags", QualityFlagsView.class);
        // A coordinator of another unit organises no round with fieldwork: nothing to read.
        switchTo("dieuphoi.haiphong");
        navigate("fieldwork/quality");
        assertThat(_get(Paragraph.class, spec -> spec.withId("fwchk-none")).getText())
                .isEqualTo("Chưa có đợt đánh giá nào có điều tra thực địa mà ông/bà được xem.");
    }

    @SuppressWarnings("unchecked")
    private static HasValue<?, Object> value(CallBackDialog dialog, String key) {
        return (HasValue<?, Object>) _get(dialog, com.vaadin.flow.component.Component.class,
                spec -> spec.withId("answer-" + key));
    }
}
