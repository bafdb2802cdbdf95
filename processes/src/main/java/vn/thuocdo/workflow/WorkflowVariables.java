package vn.thuocdo.workflow;

/**
 * Process variables every process of a round carries, so inboxes and dashboards can filter by them.
 * Each process's own variables live in its capability's {@code …Variables} class.
 */
public final class WorkflowVariables {

    public static final String ROUND_ID = "roundId";
    public static final String UNIT_ID = "unitId";

    private WorkflowVariables() {
    }
}
