package vn.thuocdo.survey.invitation;

import java.time.Instant;

/**
 * One invitation: where the answer will count (unit, commune, village, household slot; or the official's unit and
 * position group) and which questionnaire it asks. Never the code: only its keyed hash is stored.
 */
public record Invitation(long id, String roundId, InvitationKind kind, String questionnaire, String unitId,
                         String communeCode, String communeName, String villageName, Long householdPosition,
                         Long sampleUnitId, Long officialId, String positionGroup, String batch,
                         InvitationState state, String issuedBy, Instant issuedAt) {
}
