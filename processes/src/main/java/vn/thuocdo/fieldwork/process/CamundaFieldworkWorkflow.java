package vn.thuocdo.fieldwork.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thuocdo.fieldwork.FieldworkChanged;
import vn.thuocdo.fieldwork.FieldworkFollowUp;
import vn.thuocdo.fieldwork.FieldworkFollowUp.Assignment;
import vn.thuocdo.fieldwork.InterviewFlagged;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps {@code FieldworkProcess} in step with the core, in the transaction of each change: the core records an
 * assignment, a completion or a review, and the matching task is started or ended here. Tasks never move the core;
 * the core never waits for a task. A change the process has no task for (an interview completed before this
 * process existed) changes nothing.
 */
@Component
class CamundaFieldworkWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FieldworkFollowUp followUp;

    CamundaFieldworkWorkflow(RuntimeService runtime, TaskService tasks, FieldworkFollowUp followUp) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.followUp = followUp;
    }

    @EventListener
    void changed(FieldworkChanged change) {
        switch (change.kind()) {
            case "ASSIGNED", "REASSIGNED" -> {
                if (change.slot() != null) {
                    followUp.ofSlot(change.slot()).ifPresent(this::ensureWorking);
                }
                if ("REASSIGNED".equals(change.kind())) {
                    handedOver(change);
                }
            }
            case "COMPLETED", "OUTCOME" -> completed(change.interviewId());
            case "RESUBMITTED" -> end(change.interviewId(), FieldworkVariables.FIX_TASK, null);
            case "APPROVED" -> end(change.interviewId(), FieldworkVariables.REVIEW_TASK, "APPROVED");
            case "REJECTED" -> end(change.interviewId(), "APPROVED".equals(change.from())
                    ? FieldworkVariables.ACCEPT_TASK : FieldworkVariables.REVIEW_TASK, "REJECTED");
            case "ACCEPTED" -> end(change.interviewId(), FieldworkVariables.ACCEPT_TASK, "ACCEPTED");
            case "FLAG_CLEARED", "FLAG_UPHELD" -> {
                // The supervisor decided the flags one by one: the flag task is done with the last open one.
                if (change.interviewId() != null && followUp.openFlags(change.interviewId()) == 0) {
                    end(change.interviewId(), FieldworkVariables.FLAG_TASK, null);
                }
            }
            default -> {
                // DRAFTED, EDITED: nothing waits for them.
            }
        }
        if (change.interviewId() != null && ("APPROVED".equals(change.kind()) || "REJECTED".equals(change.kind()))) {
            // The supervisor has judged the interview as a whole: its flags are decided with it.
            end(change.interviewId(), FieldworkVariables.FLAG_TASK, null);
        }
    }

    @EventListener
    void flagged(InterviewFlagged flagged) {
        if (open(flagged.interviewId(), FieldworkVariables.FLAG_TASK).isPresent()) {
            return;
        }
        followUp.ofInterview(flagged.interviewId()).ifPresent(assignment -> {
            String instance = ensure(assignment);
            runtime.createMessageCorrelation(FieldworkVariables.INTERVIEW_FLAGGED).processInstanceId(instance)
                    .setVariableToTriggeredScope(FieldworkVariables.INTERVIEW_ID, flagged.interviewId()).correlate();
        });
    }

    /**
     * A household changed hands: a fix waiting for its interview goes to the new enumerator, and the one who gave it
     * up is done interviewing when nothing else of theirs is open.
     */
    private void handedOver(FieldworkChanged change) {
        if (change.interviewId() != null && change.from() != null && change.to() != null) {
            for (Task fix : open(change.interviewId(), FieldworkVariables.FIX_TASK).stream().toList()) {
                tasks.deleteCandidateUser(fix.getId(), change.from());
                tasks.addCandidateUser(fix.getId(), change.to());
            }
        }
        if (change.from() == null) {
            return;
        }
        followUp.ofSlot(change.slot()).map(now -> new Assignment(now.roundId(), now.unitId(), now.branchId(),
                change.from(), now.organiserUnitId())).ifPresent(previous -> {
            if (followUp.open(previous.roundId(), previous.enumerator()) == 0) {
                running(previous).ifPresent(instance -> tasks.createTaskQuery().processInstanceId(instance.getId())
                        .taskDefinitionKey(FieldworkVariables.INTERVIEW_TASK).list()
                        .forEach(task -> complete(task.getId())));
            }
        });
    }

    /** A first completion (or a visit's outcome): its review opens, and the enumerator's task ends when all are done. */
    private void completed(String interviewId) {
        if (interviewId == null) {
            return;
        }
        followUp.ofInterview(interviewId).ifPresent(assignment -> {
            String instance = ensure(assignment);
            if (open(interviewId, FieldworkVariables.REVIEW_TASK).isEmpty()) {
                runtime.createMessageCorrelation(FieldworkVariables.INTERVIEW_COMPLETED).processInstanceId(instance)
                        .setVariableToTriggeredScope(FieldworkVariables.INTERVIEW_ID, interviewId).correlate();
            }
            if (followUp.open(assignment.roundId(), assignment.enumerator()) == 0) {
                tasks.createTaskQuery().processInstanceId(instance)
                        .taskDefinitionKey(FieldworkVariables.INTERVIEW_TASK).list()
                        .forEach(task -> complete(task.getId()));
            }
        });
    }

    /**
     * The enumerator has households to visit: their process runs, and its interviewing task is open again if it had
     * ended because everything was done (a household given later), unless the phase is closed.
     */
    private void ensureWorking(Assignment assignment) {
        boolean existed = running(assignment).isPresent();
        String instance = ensure(assignment);
        if (existed && !Boolean.TRUE.equals(runtime.getVariable(instance, FieldworkVariables.FIELDWORK_CLOSED))
                && tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(FieldworkVariables.INTERVIEW_TASK).count() == 0) {
            runtime.createProcessInstanceModification(instance)
                    .startBeforeActivity(FieldworkVariables.INTERVIEW_TASK).execute();
        }
    }

    /** The assignment's running process, started now if there is none (one per enumerator and round). */
    private String ensure(Assignment assignment) {
        Optional<ProcessInstance> running = running(assignment);
        if (running.isPresent()) {
            return running.get().getId();
        }
        followUp.lock(assignment);
        running = running(assignment);
        if (running.isPresent()) {
            return running.get().getId();
        }
        Date due = followUp.due(assignment.roundId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(FieldworkVariables.ROUND_ID, assignment.roundId());
        variables.put(FieldworkVariables.UNIT_ID, assignment.unitId());
        variables.put(FieldworkVariables.BRANCH_ID, assignment.branchId());
        variables.put(FieldworkVariables.ENUMERATOR, assignment.enumerator());
        variables.put(FieldworkVariables.ORGANISER_UNIT_ID, assignment.organiserUnitId());
        variables.put(FieldworkVariables.FIELDWORK_DUE, due);
        variables.put(FieldworkVariables.FIELDWORK_REMINDER_AT, followUp.reminderAt(assignment.roundId(), due));
        return runtime.startProcessInstanceByKey(FieldworkVariables.PROCESS_KEY,
                FieldworkVariables.businessKey(assignment.roundId(), assignment.enumerator()), variables).getId();
    }

    private Optional<ProcessInstance> running(Assignment assignment) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(FieldworkVariables.PROCESS_KEY)
                .processInstanceBusinessKey(FieldworkVariables.businessKey(assignment.roundId(),
                        assignment.enumerator())).list().stream().findFirst();
    }

    /** Ends the interview's open task of a kind, leaving the core's decision local to its review for the gateway. */
    private void end(String interviewId, String taskKey, String decision) {
        if (interviewId == null) {
            return;
        }
        for (Task task : open(interviewId, taskKey).stream().toList()) {
            if (decision != null) {
                runtime.setVariableLocal(task.getExecutionId(), FieldworkVariables.DECISION, decision);
            }
            complete(task.getId());
        }
    }

    /** Ends a task for the core: marked first, so the guard on every fieldwork task lets it through. */
    private void complete(String taskId) {
        tasks.setVariableLocal(taskId, FieldworkVariables.BY_CORE, true);
        tasks.complete(taskId);
    }

    private Optional<Task> open(String interviewId, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(FieldworkVariables.PROCESS_KEY)
                .taskDefinitionKey(taskKey).taskVariableValueEquals(FieldworkVariables.INTERVIEW_ID, interviewId)
                .list();
        return found.stream().findFirst();
    }
}
