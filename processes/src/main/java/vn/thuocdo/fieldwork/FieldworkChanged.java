package vn.thuocdo.fieldwork;

/**
 * Published in the transaction of every recorded fieldwork change (the row of {@code fieldwork_event}): listeners
 * such as the fieldwork process, the quality rules and the call-back draw react to it, in that transaction.
 * {@code kind} is ASSIGNED, REASSIGNED, DRAFTED, COMPLETED, OUTCOME, APPROVED, REJECTED, ACCEPTED or EDITED.
 */
public record FieldworkChanged(String interviewId, Long slot, String kind, String from, String to, String actor) {
}
