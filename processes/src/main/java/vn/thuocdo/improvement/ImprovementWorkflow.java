package vn.thuocdo.improvement;

/**
 * The port to a plan version's ImprovementPlanProcess: the capability decides and saves, the workflow follows. Where
 * no process waits nothing happens, so the rules hold the same with or without the engine.
 */
public interface ImprovementWorkflow {

    /** A plan version was created: its unit's officers get the task "Lập kế hoạch khắc phục". */
    void started(String planId, String roundId, String unitId);

    /** The officers submitted it to their leader. */
    void submitted(String planId);

    /** The leader returned it to the officers. */
    void returned(String planId);

    /** The leader signed it off. */
    void signedOff(String planId);
}
