package vn.thuocdo.assessment.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;

import java.util.HashMap;
import java.util.Map;

import static vn.thuocdo.assessment.process.SelfAssessmentVariables.*;

/**
 * For tests of the stages after the assessment: takes every unit's SelfAssessmentProcess of a round to its end
 * through the engine, without scoring 77 sub-criteria. The assessment's own tests go through the capability.
 */
@Component
public class AssessmentShortcut {

    private final TaskService tasks;
    private final SelfAssessments assessments;

    AssessmentShortcut(TaskService tasks, SelfAssessments assessments) {
        this.tasks = tasks;
        this.assessments = assessments;
    }

    /**
     * For the appraisal's tests: the unit's officer scores every sub-criterion with full marks (figures of 10 of 10)
     * through the capability, its leader signs off and submits - the unit is SUBMITTED, as its appraisers find it.
     */
    public void submit(String roundId, String unitId, Actor officer, Actor leader) {
        SelfAssessment opened = assessments.open(officer, roundId, unitId);
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.selfScored()) {
                assessments.score(officer, roundId, unitId, sub.code(), fullMarks(sub), "Lưu tại Sở Nội vụ",
                        opened.value(sub.code()).version());
            }
        }
        assessments.signOff(leader, roundId, unitId);
        assessments.submit(leader, roundId, unitId);
    }

    private static SelfScore fullMarks(SubCriterion sub) {
        if (sub.rule() instanceof ScoringRule.YesNo) {
            return new SelfScore.Done(true);
        }
        if (sub.rule() instanceof ScoringRule.Tiered tiered) {
            return new SelfScore.Level(tiered.levels().get(0).key());
        }
        Map<String, String> figures = new HashMap<>();
        ((ScoringRule.Formula) sub.rule()).figures().forEach(f -> figures.put(f.id(), "10"));
        return new SelfScore.Figures(figures);
    }

    public void finish(String roundId) {
        complete(roundId, SELF_ASSESS_TASK, Map.of());
        complete(roundId, SIGN_OFF_TASK, Map.of(SUBMITTED, true));
        complete(roundId, APPRAISE_TASK, Map.of(EXPLANATION_DUE, new java.util.Date(System.currentTimeMillis()
                + 86_400_000L)));
        complete(roundId, EXPLAIN_TASK, Map.of());
        complete(roundId, REVIEW_EXPLANATIONS_TASK, Map.of(FINALISED, true));
    }

    private void complete(String roundId, String taskKey, Map<String, Object> variables) {
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKeyLike(roundId + ":%").taskDefinitionKey(taskKey).list()) {
            tasks.complete(task.getId(), variables);
        }
    }
}
