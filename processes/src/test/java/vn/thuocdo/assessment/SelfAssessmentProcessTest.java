package vn.thuocdo.assessment;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.process.AssessmentShortcut;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.notification.Notifications;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.StageDue;
import vn.thuocdo.round.StagePhase;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.process.SurveyShortcut;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.assessment.AssessmentScene.*;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * The round's assessment stage on the engine: one SelfAssessmentProcess per unit, moved by the capability's
 * decisions - hand over, send back, submit, appraise, explain, ask again, finalise - and ended when all are final.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class SelfAssessmentProcessTest {

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired SurveyShortcut surveyShortcut;
    @Autowired AssessmentShortcut assessmentShortcut;
    @Autowired SelfAssessments assessments;
    @Autowired Appraisals appraisals;
    @Autowired Tasks tasks;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired Notifications notifications;

    @Test
    void eachUnitSelfAssessesIsAppraisedExplainsAndIsFinalisedThenTheStageEnds() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        LocalDate due = samplingDue.plusDays(60);
        Round round = rounds.launchNew(new NewRound(2080, "Đợt tự đánh giá trên quy trình", RoundLevel.NATIONAL,
                List.of(HAI_PHONG_ID, "T34-01"), "sampling-request@1", samplingDue, 3, Map.of("assessment", due)),
                COORDINATOR);
        throughTheSurvey(round);

        Task selfAssess = task(round, HAI_PHONG_ID, "Task_SelfAssess");
        assertThat(selfAssess.getFormKey()).isEqualTo("assessment/self");
        assertThat(selfAssess.getDueDate()).isEqualTo(TimeZones.endOf(due));
        assertThat(groups(selfAssess)).containsExactly("provincial-officer:T34-31");
        assertThat(assessments.open(OFFICER, round.id(), HAI_PHONG_ID).state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(StageDue::phase)
                .containsExactly(StagePhase.DONE, StagePhase.CURRENT, StagePhase.UPCOMING, StagePhase.UPCOMING,
                        StagePhase.UPCOMING);

        // Handed to the leader, sent back with a comment, handed again, signed off and submitted.
        fillAll(round.id());
        assessments.handToLeader(OFFICER, round.id(), HAI_PHONG_ID);
        Task signOff = task(round, HAI_PHONG_ID, "Task_SignOff");
        assertThat(signOff.getFormKey()).isEqualTo("assessment/review");
        assertThat(groups(signOff)).containsExactly("unit-leader:T34-31");
        assessments.sendBack(LEADER, round.id(), HAI_PHONG_ID, "Bổ sung số liệu tiêu chí 1.1.3");
        task(round, HAI_PHONG_ID, "Task_SelfAssess");
        assessments.handToLeader(OFFICER, round.id(), HAI_PHONG_ID);
        assessments.signOff(LEADER, round.id(), HAI_PHONG_ID);
        assessments.submit(LEADER, round.id(), HAI_PHONG_ID);

        Task appraise = task(round, HAI_PHONG_ID, "Task_Appraise");
        assertThat(appraise.getFormKey()).isEqualTo("assessment/appraise");
        assertThat(groups(appraise)).containsExactly("appraiser:BO-BNV");
        appraisals.assign(COORDINATOR, round.id(), HAI_PHONG_ID, APPRAISER);
        appraisals.appraise(APPRAISER, round.id(), HAI_PHONG_ID, "1.2.1", new vn.thuocdo.forms.scorecard.SelfScore.Done(false),
                "Không có quyết định kiện toàn ban chỉ đạo");
        LocalDate explanationDue = LocalDate.now().plusDays(5);
        appraisals.sendToUnit(APPRAISER, round.id(), HAI_PHONG_ID, explanationDue);

        Task explain = task(round, HAI_PHONG_ID, "Task_Explain");
        assertThat(explain.getDueDate()).isEqualTo(TimeZones.endOf(explanationDue));
        assertThat(groups(explain)).containsExactly("provincial-officer:T34-31");
        appraisals.explain(OFFICER, round.id(), HAI_PHONG_ID, "1.2.1", "Quyết định số 15/QĐ-UBND ngày 10/02");
        appraisals.explanationsDone(OFFICER, round.id(), HAI_PHONG_ID);

        // The appraisers ask again (the loop), then finalise.
        task(round, HAI_PHONG_ID, "Task_ReviewExplanations");
        appraisals.sendToUnit(APPRAISER, round.id(), HAI_PHONG_ID, explanationDue);
        task(round, HAI_PHONG_ID, "Task_Explain");
        appraisals.explanationsDone(OFFICER, round.id(), HAI_PHONG_ID);
        appraisals.finalise(APPRAISER, round.id(), HAI_PHONG_ID);

        assertThat(instance(round, HAI_PHONG_ID)).isNull();
        assertThat(assessments.open(OFFICER, round.id(), HAI_PHONG_ID).state()).isEqualTo(AssessmentState.FINAL);
        assertThat(rounds.schedule(round.id(), COORDINATOR).get(1).phase()).isEqualTo(StagePhase.CURRENT);

        assessmentShortcut.finish(round.id());
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(StageDue::phase)
                .containsExactly(StagePhase.DONE, StagePhase.DONE, StagePhase.CURRENT, StagePhase.UPCOMING,
                        StagePhase.UPCOMING);
    }

    @Test
    void theDeadlineWatchRemindsTheUnitAndTellsTheCoordinatorAndTheExplanationClosesAtItsDeadline() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        Round round = rounds.launchNew(new NewRound(2081, "Đợt nhắc hạn tự đánh giá", RoundLevel.NATIONAL,
                List.of(HAI_PHONG_ID), "sampling-request@1", samplingDue, 3,
                Map.of("assessment", samplingDue.plusDays(60))), COORDINATOR);
        throughTheSurvey(round);
        ProcessInstance unit = instance(round, HAI_PHONG_ID);

        // The stage's deadline moves: the unit's tasks and timers follow.
        LocalDate later = samplingDue.plusDays(70);
        rounds.rescheduleStage(round.id(), "assessment", later, "Các tỉnh xin thêm thời gian", COORDINATOR);
        assertThat(task(round, HAI_PHONG_ID, "Task_SelfAssess").getDueDate()).isEqualTo(TimeZones.endOf(later));
        assertThat(timer(unit, "Timer_SubmissionDue").getDuedate()).isEqualTo(TimeZones.endOf(later));

        fire(unit, "Timer_SubmissionReminder");
        fire(unit, "Timer_SubmissionDue");
        assertThat(notifications.forActor(OFFICER, 10)).extracting(n -> n.key()).contains("assessment.notice.reminder");
        assertThat(notifications.forActor(COORDINATOR, 10)).anySatisfy(n -> {
            assertThat(n.key()).isEqualTo("assessment.notice.overdue");
            assertThat(n.args()).containsExactly(HAI_PHONG_ID, TimeZones.endOf(later).toInstant()
                    .atZone(TimeZones.VIETNAM).toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        });
        assertThat(task(round, HAI_PHONG_ID, "Task_SelfAssess")).as("the unit may still submit").isNotNull();

        fillAll(round.id());
        assessments.signOff(LEADER, round.id(), HAI_PHONG_ID);
        assessments.submit(LEADER, round.id(), HAI_PHONG_ID);
        appraisals.assign(COORDINATOR, round.id(), HAI_PHONG_ID, APPRAISER);
        appraisals.sendToUnit(APPRAISER, round.id(), HAI_PHONG_ID, LocalDate.now().plusDays(3));
        fire(unit, "Timer_ExplanationDue");

        assertThat(task(round, HAI_PHONG_ID, "Task_ReviewExplanations")).isNotNull();
        assertThat(appraisals.open(APPRAISER, round.id(), HAI_PHONG_ID).state()).isEqualTo(AssessmentState.EXPLAINED);
    }

    @Test
    void aWithdrawnUnitsAssessmentEndsWhereItWaitsAndTheOthersGoOn() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        Round round = rounds.launchNew(new NewRound(2089, "Đợt rút đơn vị khi tự đánh giá", RoundLevel.NATIONAL,
                List.of(HAI_PHONG_ID, "T34-01"), "sampling-request@1", samplingDue, 3,
                Map.of("assessment", samplingDue.plusDays(60))), COORDINATOR);
        throughTheSurvey(round);
        assertThat(task(round, "T34-01", "Task_SelfAssess")).isNotNull();

        rounds.withdraw(round.id(), "T34-01", "Tỉnh sáp nhập, không đánh giá riêng năm nay", COORDINATOR);

        assertThat(instance(round, "T34-01")).as("its process ended, timers and all").isNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(round.id() + ":T34-01").list()).isEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_AssessmentUnitWithdrawn")
                .list()).anySatisfy(a -> assertThat(runtime.createProcessInstanceQuery()
                .processInstanceId(a.getProcessInstanceId()).count()).isZero());
        assertThat(task(round, HAI_PHONG_ID, "Task_SelfAssess")).as("the other unit is still asked").isNotNull();
        assertThat(rounds.history(round.id(), COORDINATOR)).extracting(e -> e.action()).contains("UNIT_WITHDRAWN");
        // Withdrawing again is refused and changes nothing.
        assertThatThrownBy(() -> rounds.withdraw(round.id(), "T34-01", "Tỉnh sáp nhập, rút thêm lần nữa", COORDINATOR))
                .isInstanceOf(Rejected.class);
        assertThat(task(round, HAI_PHONG_ID, "Task_SelfAssess")).isNotNull();
    }

    private void throughTheSurvey(Round round) {
        for (String unit : round.participants()) {
            var officer = vn.thuocdo.testing.TestActors.officerOf(unit);
            sampling.submit(tasks.inbox(officer, new InboxFilter(round.id(), null), 0, 1).get(0).taskId(),
                    Map.of("contactName", "Nguyễn Văn An", "contactPhone", "0912345678",
                            "contactEmail", "an@snv.gov.vn", "communes", "114", "villages", "2300",
                            "households", "650000", "population", "2100000", "dossiersHandled", "480000"), officer);
        }
        for (String unit : round.participants()) {
            sampling.approve(tasks.inbox(COORDINATOR, new InboxFilter(round.id(), null), 0, 1).get(0).taskId(),
                    COORDINATOR);
        }
        surveyShortcut.toFieldwork(round.id());
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(round.id() + ":survey").list()) {
            rounds.completeManualStage(task.getId(), null, COORDINATOR);
        }
    }

    private void fillAll(String roundId) {
        SelfAssessment opened = assessments.open(OFFICER, roundId, HAI_PHONG_ID);
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.selfScored()) {
                assessments.score(OFFICER, roundId, HAI_PHONG_ID, sub.code(), anAllowedAnswer(sub), "Lưu tại Sở",
                        opened.value(sub.code()).version());
            }
        }
    }

    private void fire(ProcessInstance unit, String activity) {
        management.executeJob(timer(unit, activity).getId());
        // The service task after the timer is asynchronous: its own job, run here as the executor would.
        for (Job job : management.createJobQuery().processInstanceId(unit.getId()).executable().list()) {
            if (job.getDuedate() == null) {
                management.executeJob(job.getId());
            }
        }
    }

    private Job timer(ProcessInstance unit, String activity) {
        return management.createJobQuery().processInstanceId(unit.getId()).timers().list().stream()
                .filter(j -> activity.equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(j.getJobDefinitionId()).singleResult().getActivityId()))
                .findFirst().orElseThrow(() -> new AssertionError("no timer " + activity));
    }

    private ProcessInstance instance(Round round, String unitId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("SelfAssessmentProcess")
                .processInstanceBusinessKey(round.id() + ":" + unitId).singleResult();
    }

    private Task task(Round round, String unitId, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(instance(round, unitId).getId())
                .taskDefinitionKey(key).initializeFormKeys().singleResult();
        assertThat(task).as(key).isNotNull();
        return task;
    }

    private List<String> groups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }
}
