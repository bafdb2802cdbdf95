package vn.thuocdo.compilation;

import java.util.Optional;

/** The port to a round's CompilationProcess: the capability decides and saves, the workflow follows. */
public interface CompilationWorkflow {

    /** The coordinator's review task waiting in the round, if any. */
    Optional<String> reviewTask(String roundId);

    /** The coordinator asks for a recompute; the process computes a new version and waits for review again. */
    void recompute(String taskId, String reason, String username, String displayName);

    /** The coordinator hands the reviewed version to the council; the stage ends. */
    void handedToCouncil(String taskId);
}
