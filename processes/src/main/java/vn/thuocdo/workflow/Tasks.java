package vn.thuocdo.workflow;

import vn.thuocdo.identity.Actor;

import java.util.List;
import java.util.Map;

/** The people's side of the workflow: inboxes, opening a task, completing it. */
public interface Tasks {

    /** Tasks the person may work on, most urgent first. */
    List<WorkItem> inbox(Actor actor, InboxFilter filter, int offset, int limit);

    long countInbox(Actor actor, InboxFilter filter);

    /**
     * The task, if this person may do it and it is the kind of task the caller serves. Never trusts the task id:
     * a task of another unit is refused as {@link vn.thuocdo.identity.AccessDenied}, a finished one as
     * {@link TaskGone}.
     */
    WorkItem open(String taskId, Actor actor, String formKey);

    /** Completes an open task in the caller's transaction; a task finished meanwhile is {@link TaskGone}. */
    void complete(String taskId, Map<String, Object> variables);

    /** Every open task of a round, for its coordinator's dashboard. */
    List<WorkItem> openInRound(String roundId);
}
