package vn.thuocdo.assessment;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.council.CouncilSentBack;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.StageProgress;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.survey.process.SurveyShortcut;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.assessment.AssessmentScene.*;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * The council sends a unit back: its finished SelfAssessmentProcess is followed by a new instance that starts at
 * Task_Appraise, the values and the history are kept, and the appraisers finalise again through the same steps.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class AppraisalReopeningProcessTest {

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired SurveyShortcut surveyShortcut;
    @Autowired SelfAssessments assessments;
    @Autowired Appraisals appraisals;
    @Autowired Tasks tasks;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired List<StageProgress> stages;

    @Test
    void aUnitTheCouncilSendsBackIsAppraisedAgainWithItsValuesAndHistoryKept() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        Round round = rounds.launchNew(new NewRound(2082, "Đợt Hội đồng trả lại thẩm định", RoundLevel.NATIONAL,
                List.of(HAI_PHONG_ID), "sampling-request@1", samplingDue, 3,
                Map.of("assessment", samplingDue.plusDays(60))), COORDINATOR);
        throughTheSurvey(round);
        fillAll(round.id());
        assessments.signOff(LEADER, round.id(), HAI_PHONG_ID);
        assessments.submit(LEADER, round.id(), HAI_PHONG_ID);
        appraisals.assign(COORDINATOR, round.id(), HAI_PHONG_ID, APPRAISER);
        appraisals.appraise(APPRAISER, round.id(), HAI_PHONG_ID, "1.2.1", new SelfScore.Done(false),
                "Không có quyết định kiện toàn ban chỉ đạo");
        appraisals.sendToUnit(APPRAISER, round.id(), HAI_PHONG_ID, LocalDate.now().plusDays(5));
        appraisals.explanationsDone(OFFICER, round.id(), HAI_PHONG_ID);
        appraisals.finalise(APPRAISER, round.id(), HAI_PHONG_ID);
        assertThat(active(round)).as("the unit's process ended with its final points").isNull();
        BigDecimal selfPoints = assessments.open(OFFICER, round.id(), HAI_PHONG_ID).value("1.2.1").points();

        // Task_RecordDecision publishes the event in the deciding transaction; here the test's own transaction.
        transactions.executeWithoutResult(tx -> events.publishEvent(new CouncilSentBack(round.id(),
                List.of(HAI_PHONG_ID), List.of("Tiêu chí 1.2.1 cần xem lại theo hồ sơ bổ sung"))));

        SelfAssessment reopened = appraisals.open(APPRAISER, round.id(), HAI_PHONG_ID);
        assertThat(reopened.state()).isEqualTo(AssessmentState.IN_APPRAISAL);
        SubCriterionValue value = reopened.value("1.2.1");
        assertThat(value.points()).as("the unit's own value is kept").isEqualByComparingTo(selfPoints);
        assertThat(value.appraisedPoints()).as("the appraised value is kept").isEqualByComparingTo("0");
        assertThat(value.finalPoints()).as("the final value is open again").isNull();
        assertThat(assessments.timeline(OFFICER, round.id(), HAI_PHONG_ID, "1.2.1")).extracting(ValueChange::kind)
                .containsExactly(ValueKind.SELF, ValueKind.APPRAISED, ValueKind.FINAL);
        assertThat(stage().statusByUnit(round.id()).get(HAI_PHONG_ID).state()).isEqualTo("REAPPRAISAL");

        ProcessInstance again = active(round);
        assertThat(again).as("a new instance of the unit's process").isNotNull();
        Task appraise = task(again, "Task_Appraise");
        assertThat(appraise.getFormKey()).isEqualTo("assessment/appraise");
        assertThat(taskService.getIdentityLinksForTask(appraise.getId())).extracting(IdentityLink::getGroupId)
                .contains("appraiser:BO-BNV");

        // A second send-back while the appraisal is open changes nothing and starts no second instance.
        transactions.executeWithoutResult(tx -> events.publishEvent(new CouncilSentBack(round.id(),
                List.of(HAI_PHONG_ID), List.of("Nhắc lại"))));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("SelfAssessmentProcess")
                .processInstanceBusinessKey(round.id() + ":" + HAI_PHONG_ID).active().count()).isEqualTo(1);

        // The same steps as the first time: appraise, send, explain, finalise.
        appraisals.appraise(APPRAISER, round.id(), HAI_PHONG_ID, "1.2.1", new SelfScore.Done(true),
                "Hồ sơ bổ sung có Quyết định 15/QĐ-UBND");
        appraisals.sendToUnit(APPRAISER, round.id(), HAI_PHONG_ID, LocalDate.now().plusDays(5));
        task(again, "Task_Explain");
        appraisals.explanationsDone(OFFICER, round.id(), HAI_PHONG_ID);
        task(again, "Task_ReviewExplanations");
        appraisals.finalise(APPRAISER, round.id(), HAI_PHONG_ID);

        assertThat(active(round)).isNull();
        SubCriterionValue last = assessments.open(OFFICER, round.id(), HAI_PHONG_ID).value("1.2.1");
        assertThat(last.finalPoints()).isEqualByComparingTo(selfPoints);
        assertThat(assessments.timeline(OFFICER, round.id(), HAI_PHONG_ID, "1.2.1")).extracting(ValueChange::kind)
                .containsExactly(ValueKind.SELF, ValueKind.APPRAISED, ValueKind.FINAL, ValueKind.APPRAISED,
                        ValueKind.FINAL);
        assertThat(stage().statusByUnit(round.id()).get(HAI_PHONG_ID).state()).isEqualTo("FINAL");
    }

    private StageProgress stage() {
        return stages.stream().filter(s -> s.stage().equals("assessment")).findFirst().orElseThrow();
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

    private ProcessInstance active(Round round) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("SelfAssessmentProcess")
                .processInstanceBusinessKey(round.id() + ":" + HAI_PHONG_ID).active().singleResult();
    }

    private Task task(ProcessInstance instance, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .initializeFormKeys().singleResult();
        assertThat(task).as(key).isNotNull();
        return task;
    }
}
