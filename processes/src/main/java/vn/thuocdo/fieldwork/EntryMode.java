package vn.thuocdo.fieldwork;

/** How the answers came in: asked on the tablet, or typed in afterwards from a paper form. */
public enum EntryMode {
    INTERVIEW, PAPER
}
