package vn.thuocdo.assessment;

import java.util.List;

/**
 * A participating unit on the coordinator's assignment page: its self-assessment's state (null until the unit opens
 * it) and its appraisers.
 */
public record UnitAppraisal(String unitId, AssessmentState state, List<AssignedAppraiser> appraisers) {

    public boolean assigned(String username) {
        return appraisers.stream().anyMatch(a -> a.username().equals(username));
    }
}
