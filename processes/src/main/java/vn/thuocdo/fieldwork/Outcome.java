package vn.thuocdo.fieldwork;

/**
 * What came of a household slot: an interview, or why not, so response rates are honest. ABSENT only after three
 * visits; REPLACED names the replacement slot that takes the household's place.
 */
public enum Outcome {
    INTERVIEWED, REFUSED, ABSENT, MOVED, REPLACED, OTHER
}
