package vn.thuocdo.assessment.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.assessment.AssessmentWorkflow;
import vn.thuocdo.shared.TimeZones;

import java.time.LocalDate;
import java.util.Map;

import static vn.thuocdo.assessment.process.SelfAssessmentVariables.*;

/**
 * {@link AssessmentWorkflow} on Camunda: completes the unit's waiting task with the decision as a variable. The
 * tasks' screens never complete them directly; the capability has decided and saved before this runs, in the same
 * transaction.
 */
@Component
class CamundaAssessmentWorkflow implements AssessmentWorkflow {

    /** The message of SelfAssessmentProcess's withdrawal event subprocess. */
    static final String WITHDRAWN = "AssessmentUnitWithdrawn";

    private final RuntimeService runtime;
    private final TaskService tasks;

    CamundaAssessmentWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void handedToLeader(String roundId, String unitId) {
        complete(roundId, unitId, SELF_ASSESS_TASK, Map.of());
    }

    @Override
    public void sentBack(String roundId, String unitId) {
        complete(roundId, unitId, SIGN_OFF_TASK, Map.of(SUBMITTED, false));
    }

    @Override
    public void submitted(String roundId, String unitId) {
        // The officers may submit through their leader without handing over first: their task goes too.
        complete(roundId, unitId, SELF_ASSESS_TASK, Map.of());
        complete(roundId, unitId, SIGN_OFF_TASK, Map.of(SUBMITTED, true));
    }

    @Override
    public void sentToUnit(String roundId, String unitId, LocalDate explanationDue) {
        ProcessInstance instance = instance(roundId, unitId);
        if (instance == null) {
            return;
        }
        runtime.setVariable(instance.getId(), EXPLANATION_DUE, TimeZones.endOf(explanationDue));
        complete(roundId, unitId, APPRAISE_TASK, Map.of());
        complete(roundId, unitId, REVIEW_EXPLANATIONS_TASK, Map.of(FINALISED, false));
    }

    @Override
    public void explained(String roundId, String unitId) {
        complete(roundId, unitId, EXPLAIN_TASK, Map.of());
    }

    @Override
    public void finalised(String roundId, String unitId) {
        complete(roundId, unitId, REVIEW_EXPLANATIONS_TASK, Map.of(FINALISED, true));
    }

    /**
     * A unit's process ends when its points are final, so the council's send-back starts a new instance of the same
     * process (same business key) before {@code Task_Appraise}: its appraisers get a new appraise task and the rest
     * of the process (explain, review, finalise) runs as the first time. Should the unit's process still wait
     * somewhere (a unit the council named before its points were final), that one goes on and none is started.
     */
    @Override
    public void reopened(String roundId, String unitId, String organiserUnitId) {
        if (instance(roundId, unitId) != null) {
            return;
        }
        runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(roundId + ":" + unitId)
                .setVariable(ROUND_ID, roundId).setVariable(UNIT_ID, unitId)
                .setVariable(ORGANISER_UNIT_ID, organiserUnitId).setVariable(REOPENED, true)
                .startBeforeActivity(APPRAISE_TASK).execute();
    }

    /**
     * The interrupting event subprocess ends the unit's process where it waits; as a completed instance it counts as
     * done for the stage's multi-instance, so the stage does not wait for a unit no longer in the round.
     */
    @Override
    public void withdrawn(String roundId, String unitId) {
        runtime.createMessageCorrelation(WITHDRAWN).processInstanceBusinessKey(roundId + ":" + unitId).correlateAllWithResult();
    }

    private void complete(String roundId, String unitId, String taskKey, Map<String, Object> variables) {
        ProcessInstance instance = instance(roundId, unitId);
        if (instance == null) {
            return;
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .list()) {
            tasks.complete(task.getId(), variables);
        }
    }

    private ProcessInstance instance(String roundId, String unitId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(roundId + ":" + unitId).active().singleResult();
    }
}
