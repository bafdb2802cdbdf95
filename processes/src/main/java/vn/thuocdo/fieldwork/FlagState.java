package vn.thuocdo.fieldwork;

/** A quality flag under the supervisor's review: OPEN, CLEARED (the interview stands) or UPHELD (sent back). */
public enum FlagState {
    OPEN, CLEARED, UPHELD
}
