package vn.thuocdo.survey.invitation;

/** An invitation about to be stored, with the hash of the code that will be printed or mailed. */
public record NewInvitation(String roundId, InvitationKind kind, String questionnaire, String codeHash,
                            String unitId, String communeCode, String communeName, String villageName,
                            Long householdPosition, Long sampleUnitId, Long officialId, String positionGroup,
                            String batch) {
}
