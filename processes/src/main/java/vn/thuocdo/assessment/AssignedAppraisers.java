package vn.thuocdo.assessment;

import org.springframework.stereotype.Component;
import vn.thuocdo.evidence.EvidenceReaders;
import vn.thuocdo.identity.Actor;

/** The appraisers assigned to a unit read its evidence files (never attach or withdraw them). */
@Component
class AssignedAppraisers implements EvidenceReaders {

    private final AssessmentAccess access;

    AssignedAppraisers(AssessmentAccess access) {
        this.access = access;
    }

    @Override
    public boolean mayRead(Actor actor, String roundId, String unitId) {
        return access.mayAppraise(actor, roundId, unitId);
    }
}
