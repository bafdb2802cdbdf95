package vn.thuocdo.workflow;

import vn.thuocdo.shared.Rejected;

/** The task was completed meanwhile (by someone else, or by a second click) or never existed. */
public class TaskGone extends Rejected {

    public TaskGone(String taskId) {
        super("task.gone", taskId);
    }
}
