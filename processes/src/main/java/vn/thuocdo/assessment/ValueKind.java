package vn.thuocdo.assessment;

/** Which hand a value of a sub-criterion came from, in the order a criterion's timeline shows them. */
public enum ValueKind {
    SELF, APPRAISED, EXPLAINED, FINAL
}
