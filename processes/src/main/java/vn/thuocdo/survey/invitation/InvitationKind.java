package vn.thuocdo.survey.invitation;

/** Who an invitation is for: a sampled household (a letter) or an official on a unit's list (a mailed link). */
public enum InvitationKind { CITIZEN, OFFICIAL }
