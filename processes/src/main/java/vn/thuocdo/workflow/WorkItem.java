package vn.thuocdo.workflow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user task waiting for someone. {@code formKey} is the route of the view that does it; {@code roundId} and
 * {@code unitId} say which round and which unit it is for.
 */
public record WorkItem(String taskId, String name, String formKey, String processInstanceId, String roundId,
                       String unitId, Instant created, LocalDate due) {

    /** Past its due date on the given (Vietnamese) day. */
    public boolean overdueOn(LocalDate today) {
        return due != null && today.isAfter(due);
    }
}
