package vn.thuocdo.fieldwork.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.InterviewFlagged;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.notification.Notice;
import vn.thuocdo.notification.Notifications;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingWorkflow;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code FieldworkProcess} driven by the core, on PostgreSQL: one process per enumerator, the review tasks of each
 * interview following the core's decisions, due dates, reminders and a moved deadline. Rounds 2065 and 2078.
 */
@ProcessTest
class FieldworkProcessTest {

    @Autowired FieldworkScene fixture;
    @Autowired Assignments assignments;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired vn.thuocdo.fieldwork.QualityFlags qualityFlags;
    @Autowired Tasks tasks;
    @Autowired Rounds rounds;
    @Autowired Samples samples;
    @Autowired Questionnaires questionnaires;
    @Autowired Notifications notifications;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ApplicationEventPublisher events;
    @Autowired MutableClock clock;

    private static final Actor STATISTICIAN = FieldworkScene.STATISTICIAN;

    @Test
    void eachInterviewGoesThroughReviewFixAndAcceptanceAsTheCoreDecides() {
        FieldworkScene.Team team = fixture.setUp(2065);
        List<Long> slots = fixture.households(team, team.commune());
        assignments.assign(team.supervisor(), slots.get(0), team.enumerator().username(), null);
        assignments.assign(team.supervisor(), slots.get(1), team.enumerator().username(), null);
        assertThat(instances(team, team.enumerator())).as("a second household starts no second process").hasSize(1);

        WorkItem interviewing = only(team.enumerator(), team);
        assertThat(interviewing.name()).isEqualTo("Phỏng vấn các hộ được giao");
        assertThat(interviewing.formKey()).isEqualTo("fieldwork/assignments");
        assertThat(interviewing.unitId()).isEqualTo("T34-31");
        assertThat(inbox(team.secondEnumerator(), team)).as("one enumerator's work is theirs alone").isEmpty();
        assertThatThrownBy(() -> tasks.open(interviewing.taskId(), team.secondEnumerator(), "fieldwork/assignments"))
                .isInstanceOf(AccessDenied.class);
        assertThat(tasks.open(interviewing.taskId(), team.enumerator(), "fieldwork/assignments").taskId())
                .isEqualTo(interviewing.taskId());
        assertThatThrownBy(() -> tasks.complete(interviewing.taskId(), Map.of())).as("only the core ends a task")
                .hasRootCauseInstanceOf(Rejected.class).hasMessageContaining("fwproc.completeThroughCore");

        String id = complete(team, slots.get(0));
        WorkItem review = only(team.supervisor(), team);
        assertThat(review.name()).isEqualTo("Duyệt phiếu phỏng vấn");
        assertThat(review.formKey()).isEqualTo("fieldwork/review");
        assertThat(review.due()).as("three days [A] after completion").isEqualTo(TimeZones.today(clock).plusDays(3));
        assertThat(inbox(team.otherSupervisor(), team)).as("another branch's supervisor").isEmpty();

        reviews.reject(team.supervisor(), id, List.of(new ReviewComment.New("sex", "Hỏi lại giới tính")),
                "Thiếu thông tin");
        assertThat(inbox(team.supervisor(), team)).isEmpty();
        assertThat(names(team.enumerator(), team)).containsExactlyInAnyOrder("Phỏng vấn các hộ được giao", "Sửa phiếu");
        complete(team, slots.get(0), id);
        assertThat(names(team.enumerator(), team)).containsExactly("Phỏng vấn các hộ được giao");
        assertThat(only(team.supervisor(), team).name()).as("the fix comes back for review")
                .isEqualTo("Duyệt phiếu phỏng vấn");

        reviews.approve(team.supervisor(), id);
        WorkItem acceptance = only(STATISTICIAN, team);
        assertThat(acceptance.name()).isEqualTo("Nghiệm thu phiếu phỏng vấn");
        assertThat(acceptance.formKey()).isEqualTo("fieldwork/acceptance");
        reviews.reject(STATISTICIAN, id, List.of(), "Câu trả lời mâu thuẫn");
        assertThat(inbox(STATISTICIAN, team)).isEmpty();
        assertThat(names(team.enumerator(), team)).contains("Sửa phiếu");
        complete(team, slots.get(0), id);
        reviews.approve(team.supervisor(), id);
        reviews.accept(STATISTICIAN, id);
        assertThat(inbox(STATISTICIAN, team)).isEmpty();
        assertThat(inbox(team.supervisor(), team)).isEmpty();

        interviews.recordOutcome(team.enumerator(), slots.get(1), Outcome.REFUSED, 1, null, null);
        assertThat(inbox(team.enumerator(), team)).as("every household done: the interviewing task ends").isEmpty();
        assertThat(only(team.supervisor(), team).name()).as("a visit with no interview is reviewed too")
                .isEqualTo("Duyệt phiếu phỏng vấn");
        assertThat(instances(team, team.enumerator())).hasSize(1);
        reviews.approve(team.supervisor(), interviews.open(team.enumerator(), slots.get(1)).interview().id());

        // A household handed to another enumerator while its interview waits for a fix: the fix goes with it, to
        // their inbox, and comes back to them if the supervisor sends it back again.
        assignments.assign(team.supervisor(), slots.get(2), team.enumerator().username(), null);
        String handed = complete(team, slots.get(2));
        reviews.reject(team.supervisor(), handed, List.of(), "Thiếu chữ ký của người trả lời");
        assertThat(names(team.enumerator(), team)).containsExactly("Sửa phiếu");
        assignments.assign(team.supervisor(), slots.get(2), team.secondEnumerator().username(),
                "Điều tra viên cũ nghỉ ốm");
        assertThat(inbox(team.enumerator(), team)).as("nothing of theirs is left").isEmpty();
        assertThat(names(team.secondEnumerator(), team)).containsExactlyInAnyOrder("Phỏng vấn các hộ được giao",
                "Sửa phiếu");
        Map<String, Object> answers = CompleteAnswers.of(questionnaires.find("sipas-citizen@1").orElseThrow(),
                slots.get(2));
        interviews.complete(team.secondEnumerator(), handed, slots.get(2), answers, Paradata.NONE, EntryMode.INTERVIEW);
        assertThat(names(team.secondEnumerator(), team)).doesNotContain("Sửa phiếu");
        reviews.reject(team.supervisor(), handed, List.of(), "Vẫn thiếu chữ ký");
        assertThat(names(team.secondEnumerator(), team)).contains("Sửa phiếu");
        assertThat(inbox(team.enumerator(), team)).isEmpty();
    }

    @Test
    void theDeadlineRemindsTellsTheSupervisorsMovesWithTheScheduleAndClosingEndsTheInterviewing() {
        FieldworkScene.Team team = fixture.setUp(2078);
        List<Long> slots = fixture.households(team, team.commune());
        LocalDate day = TimeZones.today(clock).plusDays(20);
        rounds.rescheduleStage(team.roundId(), "survey", day, "Lịch khảo sát của năm đã được phê duyệt",
                TestActors.COORDINATOR);
        assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        assertThat(instances(team, team.enumerator())).as("one process for a whole village").hasSize(1);
        assertThat(only(team.enumerator(), team).due()).isEqualTo(day);

        LocalDate later = day.plusDays(7);
        rounds.rescheduleStage(team.roundId(), "survey", later, "Mưa bão, các xã xin thêm một tuần",
                TestActors.COORDINATOR);
        ProcessInstance instance = instances(team, team.enumerator()).get(0);
        assertThat(only(team.enumerator(), team).due()).as("the task follows the schedule").isEqualTo(later);
        assertThat(timer(instance, FieldworkVariables.DUE_TIMER).getDuedate()).isEqualTo(TimeZones.endOf(later));
        int before = rounds.reminderDaysBefore(team.roundId());
        assertThat(timer(instance, FieldworkVariables.REMINDER_TIMER).getDuedate())
                .isEqualTo(SamplingWorkflow.morningOf(later.minusDays(before)));

        fire(instance, FieldworkVariables.REMINDER_TIMER);
        Notice reminder = notifications.forActor(team.enumerator(), 1).get(0);
        assertThat(reminder.key()).isEqualTo("fwproc.notice.reminder");
        assertThat(reminder.args()).containsExactly(Formats.date(later));
        assertThat(reminder.link()).isEqualTo("fieldwork/assignments");

        fire(instance, FieldworkVariables.DUE_TIMER);
        Notice overdue = notifications.forActor(team.supervisor(), 1).get(0);
        assertThat(overdue.key()).isEqualTo("fwproc.notice.overdue");
        assertThat(overdue.args()).containsExactly(team.enumerator().displayName(), Formats.date(later),
                String.valueOf(slots.size()));
        assertThat(only(team.enumerator(), team).name()).as("overdue, still to do")
                .isEqualTo("Phỏng vấn các hộ được giao");

        // A quality flag opens one supervisor's task, however often it is raised.
        String id = complete(team, slots.get(0));
        InterviewFlagged flag = new InterviewFlagged(team.roundId(), id, team.haiPhong().id(),
                team.enumerator().username(), List.of("too-fast"));
        events.publishEvent(flag);
        events.publishEvent(flag);
        assertThat(names(team.supervisor(), team)).containsExactlyInAnyOrder("Duyệt phiếu phỏng vấn",
                "Xem xét cờ chất lượng");
        assertThat(inbox(team.supervisor(), team)).filteredOn(w -> w.formKey().equals("fieldwork/flags")).hasSize(1);
        reviews.approve(team.supervisor(), id);
        assertThat(inbox(team.supervisor(), team)).as("judged with the interview").isEmpty();

        // Real flags (five minutes is too fast), decided one by one on the flags' screen: the flag task ends with
        // the last open flag, while the interview's own review still waits.
        java.time.Instant start = clock.instant().plus(java.time.Duration.ofHours(1));
        String fast = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), fast, slots.get(1),
                CompleteAnswers.of(questionnaires.find("sipas-citizen@1").orElseThrow(), slots.get(1)),
                new Paradata(start, start.plus(java.time.Duration.ofMinutes(5)), Map.of(), "Tab"), EntryMode.INTERVIEW);
        List<vn.thuocdo.fieldwork.FlagItem> open = qualityFlags.ofBranch(team.supervisor(), team.roundId(), true)
                .stream().filter(f -> f.interviewId().equals(fast)).toList();
        assertThat(open).isNotEmpty();
        assertThat(names(team.supervisor(), team)).containsExactlyInAnyOrder("Duyệt phiếu phỏng vấn",
                "Xem xét cờ chất lượng");
        for (int i = 0; i < open.size(); i++) {
            assertThat(names(team.supervisor(), team)).as("a flag still open").contains("Xem xét cờ chất lượng");
            qualityFlags.clear(team.supervisor(), open.get(i).id(), "Hộ chỉ có một người, phỏng vấn ngắn là hợp lý");
        }
        assertThat(names(team.supervisor(), team)).containsExactly("Duyệt phiếu phỏng vấn");
        reviews.approve(team.supervisor(), fast);

        assertThat(names(team.enumerator(), team)).containsExactly("Phỏng vấn các hộ được giao");
        String fieldwork = samples.openTask(team.roundId(), SurveyForms.FIELDWORK).orElseThrow();
        tasks.complete(fieldwork, Map.of());
        assertThat(inbox(team.enumerator(), team)).as("the coordinator closed the phase").isEmpty();
        assertThat(inbox(STATISTICIAN, team)).as("reviews go on").hasSize(2);
        assertThat(instances(team, team.enumerator())).hasSize(1);
    }

    private String complete(FieldworkScene.Team team, long slot) {
        return complete(team, slot, UUID.randomUUID().toString());
    }

    private String complete(FieldworkScene.Team team, long slot, String id) {
        Map<String, Object> answers = CompleteAnswers.of(questionnaires.find("sipas-citizen@1").orElseThrow(), slot);
        interviews.complete(team.enumerator(), id, slot, answers, Paradata.NONE, EntryMode.INTERVIEW);
        return id;
    }

    private List<WorkItem> inbox(Actor actor, FieldworkScene.Team team) {
        return tasks.inbox(actor, new InboxFilter(team.roundId(), null), 0, 50).stream()
                .filter(w -> w.formKey() != null && w.formKey().startsWith("fieldwork/")).toList();
    }

    private List<String> names(Actor actor, FieldworkScene.Team team) {
        return inbox(actor, team).stream().map(WorkItem::name).toList();
    }

    private WorkItem only(Actor actor, FieldworkScene.Team team) {
        List<WorkItem> items = inbox(actor, team);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private List<ProcessInstance> instances(FieldworkScene.Team team, Actor enumerator) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(FieldworkVariables.PROCESS_KEY)
                .processInstanceBusinessKey(FieldworkVariables.businessKey(team.roundId(), enumerator.username()))
                .list();
    }

    private Job timer(ProcessInstance instance, String activity) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(j -> activity.equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(j.getJobDefinitionId()).singleResult().getActivityId()))
                .findFirst().orElseThrow();
    }

    /** Fires the timer, then the service task's own job behind it (asyncBefore). */
    private void fire(ProcessInstance instance, String activity) {
        management.executeJob(timer(instance, activity).getId());
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
            if (job.getDuedate() == null || !job.getDuedate().after(new java.util.Date())) {
                management.executeJob(job.getId());
            }
        }
    }
}
