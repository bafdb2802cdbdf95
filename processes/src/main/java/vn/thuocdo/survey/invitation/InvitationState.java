package vn.thuocdo.survey.invitation;

/** ISSUED works; VOID was replaced by a reissued letter or a withdrawn official, and refuses its code. */
public enum InvitationState { ISSUED, VOID }
