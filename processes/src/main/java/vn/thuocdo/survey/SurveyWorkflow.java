package vn.thuocdo.survey;

import java.util.Optional;

/**
 * What the survey capability tells a round's survey workflow: a design was chosen and drawn, a review ended, an
 * approved sample was redrawn. Implemented on the engine; the capability never sees it.
 */
public interface SurveyWorkflow {

    /** The choice task is done: the drawn sample goes to review. */
    void drawn(String taskId);

    /** The review task is done with the coordinator's decision. */
    void reviewed(String taskId, ReviewDecision decision);

    /**
     * An approved sample was redrawn during fieldwork: the workflow goes back to review. Refused with
     * {@code survey.notInFieldwork} when the round's survey is not at fieldwork.
     */
    void redrawnAfterApproval(String roundId);

    /** The id of the round's open survey task of that kind ({@link SurveyForms}), if one is waiting. */
    Optional<String> waitingTask(String roundId, String formKey);
}
