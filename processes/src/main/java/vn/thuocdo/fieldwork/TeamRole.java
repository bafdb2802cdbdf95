package vn.thuocdo.fieldwork;

/** What a member does in their branch. A supervisor (giám sát viên) may also interview, never review their own. */
public enum TeamRole {
    SUPERVISOR, ENUMERATOR
}
