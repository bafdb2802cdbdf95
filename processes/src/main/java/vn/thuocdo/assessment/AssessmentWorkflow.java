package vn.thuocdo.assessment;

import java.time.LocalDate;

/**
 * The port to a unit's SelfAssessmentProcess: the capability decides, the workflow follows. Each call moves the
 * unit's process past the step that waits for it; where no process waits (a self-assessment opened outside a running
 * round stage) nothing happens, so the rules hold the same with or without the engine.
 */
public interface AssessmentWorkflow {

    /** The officers handed the self-assessment to their leader. */
    void handedToLeader(String roundId, String unitId);

    /** The leader sent it back to the officers. */
    void sentBack(String roundId, String unitId);

    /** The leader submitted it to the Ministry. */
    void submitted(String roundId, String unitId);

    /** The appraisers sent their result to the unit, which may explain until {@code explanationDue}. */
    void sentToUnit(String roundId, String unitId, LocalDate explanationDue);

    /** The unit finished explaining. */
    void explained(String roundId, String unitId);

    /** The appraisers set the final values. */
    void finalised(String roundId, String unitId);

    /**
     * The council sent the unit back: its appraisal starts again with a new appraise task for the organiser's
     * appraisers, whether or not the unit's earlier process is still there.
     */
    void reopened(String roundId, String unitId, String organiserUnitId);

    /** The unit was withdrawn from the round: whatever of its assessment still waits ends (nothing if none does). */
    void withdrawn(String roundId, String unitId);
}
