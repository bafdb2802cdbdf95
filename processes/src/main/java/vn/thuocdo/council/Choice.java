package vn.thuocdo.council;

/** A member's vote. */
public enum Choice {
    /** Thông qua: the results stand. */
    APPROVE,
    /** Đề nghị thẩm định lại: the named units are appraised again. */
    SEND_BACK
}
