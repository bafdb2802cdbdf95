package vn.thuocdo.workflow;

import java.util.Map;

/** Starts and ends process instances. */
public interface Processes {

    /** Starts the latest version of a process; returns the instance id. */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** Ends an instance and everything it called, with a reason kept in the engine's history. */
    void cancel(String processInstanceId, String reason);
}
