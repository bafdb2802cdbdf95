package vn.thuocdo.forms;

/** What a frame column holds: free text, a whole number, or a code of a fixed number of digits. */
public enum FrameColumnType {
    TEXT, INTEGER, CODE
}
