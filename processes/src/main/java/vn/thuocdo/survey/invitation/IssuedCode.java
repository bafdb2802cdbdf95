package vn.thuocdo.survey.invitation;

/**
 * An invitation and its plaintext code, which exists only here: the caller prints or mails it and drops it. It
 * cannot be read back later; a lost letter is replaced by issuing its batch again.
 */
public record IssuedCode(Invitation invitation, InvitationCode code) {

    @Override
    public String toString() {
        return "IssuedCode[" + invitation.id() + "]";
    }
}
