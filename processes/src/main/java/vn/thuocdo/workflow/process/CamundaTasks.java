package vn.thuocdo.workflow.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.TaskGone;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;
import vn.thuocdo.workflow.WorkflowVariables;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Tasks} on Camunda 7: candidate groups are {@code role:unit}, round and unit are process variables. A task
 * for named people (an enumerator's, a branch's supervisors') has them as candidate users instead: a group of the
 * province would show one enumerator's work to every other.
 */
@Component
class CamundaTasks implements Tasks {

    private static final ZoneId VIETNAM = vn.thuocdo.shared.TimeZones.VIETNAM;

    private final TaskService taskService;
    private final RuntimeService runtimeService;

    CamundaTasks(TaskService taskService, RuntimeService runtimeService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    @Override
    public List<WorkItem> inbox(Actor actor, InboxFilter filter, int offset, int limit) {
        if (actor.groups().isEmpty()) {
            // Someone without a role acts for nobody (the engine refuses an empty group list outright).
            return List.of();
        }
        List<Task> tasks = query(actor, filter).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit);
        return items(tasks);
    }

    @Override
    public long countInbox(Actor actor, InboxFilter filter) {
        return actor.groups().isEmpty() ? 0 : query(actor, filter).count();
    }

    private TaskQuery query(Actor actor, InboxFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active().or().taskCandidateGroupIn(actor.groups())
                .taskCandidateUser(actor.username()).taskAssignee(actor.username()).endOr().initializeFormKeys();
        if (filter.roundId() != null) {
            query.processVariableValueEquals(WorkflowVariables.ROUND_ID, filter.roundId());
        }
        if (filter.unitId() != null) {
            query.processVariableValueEquals(WorkflowVariables.UNIT_ID, filter.unitId());
        }
        return query;
    }

    @Override
    public WorkItem open(String taskId, Actor actor, String formKey) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null || !formKey.equals(task.getFormKey())) {
            throw new TaskGone(taskId);
        }
        Set<String> allowed = Set.copyOf(actor.groups());
        boolean mayDo = taskService.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> link.getGroupId() != null ? allowed.contains(link.getGroupId())
                        : actor.username().equals(link.getUserId()));
        if (!mayDo) {
            // A task id from another unit, typed or edited in a URL: refuse (audited where it leaves the capability).
            throw new AccessDenied(actor.username(), "task:" + taskId);
        }
        return items(List.of(task)).get(0);
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        try {
            taskService.complete(taskId, variables);
        } catch (NullValueException | OptimisticLockingException e) {
            // Another person, or a second click, completed it first; the caller's transaction rolls back.
            throw new TaskGone(taskId);
        }
    }

    @Override
    public List<WorkItem> openInRound(String roundId) {
        return items(taskService.createTaskQuery().active().initializeFormKeys()
                .processVariableValueEquals(WorkflowVariables.ROUND_ID, roundId).list());
    }

    private List<WorkItem> items(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        String[] instances = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Map<String, Object>> vars = new HashMap<>();
        for (VariableInstance v : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(WorkflowVariables.ROUND_ID, WorkflowVariables.UNIT_ID).list()) {
            if (v.getExecutionId().equals(v.getProcessInstanceId())) {
                vars.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        return tasks.stream().map(t -> {
            Map<String, Object> v = vars.getOrDefault(t.getProcessInstanceId(), Map.of());
            return new WorkItem(t.getId(), t.getName(), formKey(t), t.getProcessInstanceId(),
                    (String) v.get(WorkflowVariables.ROUND_ID), (String) v.get(WorkflowVariables.UNIT_ID),
                    t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant().atZone(VIETNAM).toLocalDate());
        }).toList();
    }

    private static String formKey(Task task) {
        try {
            return task.getFormKey();
        } catch (org.camunda.bpm.engine.BadUserRequestException notInitialised) {
            return null;
        }
    }
}
