package vn.thuocdo.fieldwork.process;

import org.springframework.stereotype.Component;
import vn.thuocdo.fieldwork.FieldworkFollowUp;

/**
 * Who fixes a sent-back interview: its enumerator now, read when the fix task is created. The process's own
 * {@code enumerator} is the person whose process it is, and a household given to someone else during its review
 * takes its interview, and so its fixes, with it ({@code ${interviewEnumerator.of(interviewId)}} in the BPMN).
 */
// Public, with a public method: the engine's expression language calls it by reflection.
@Component("interviewEnumerator")
public class InterviewEnumerator {

    private final FieldworkFollowUp followUp;

    InterviewEnumerator(FieldworkFollowUp followUp) {
        this.followUp = followUp;
    }

    public String of(String interviewId) {
        return followUp.ofInterview(interviewId).map(FieldworkFollowUp.Assignment::enumerator)
                .orElseThrow(() -> new IllegalStateException("No interview " + interviewId));
    }
}
