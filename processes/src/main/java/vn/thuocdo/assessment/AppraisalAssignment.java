package vn.thuocdo.assessment;

import java.time.LocalDate;

/**
 * One unit an appraiser was assigned to, in a round still open: where its self-assessment stands ({@code state} is
 * null while the unit has not opened it) and, once sent back to the unit, its explanation deadline.
 */
public record AppraisalAssignment(String roundId, int year, String roundName, String unitId, String unitName,
                                  AssessmentState state, LocalDate explanationDue) {
}
