package vn.thuocdo.fieldwork;

/**
 * What a call-back (phúc tra) found: the household confirms the visit and the key answers (CONFIRMED), denies the
 * visit or answers differently (MISMATCH, which opens a review), or could not be reached (UNREACHABLE, to try again).
 */
public enum CallBackOutcome {
    CONFIRMED, MISMATCH, UNREACHABLE
}
