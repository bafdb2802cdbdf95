package vn.thuocdo.fieldwork;

/**
 * A household slot of a supervisor's branch: a selected one, or a replacement an interview named ({@code order}
 * null, {@code replacementRank} set). {@code enumerator} null: not given to anyone; {@code state} null: not visited.
 */
public record BranchSlot(long slot, String communeCode, String communeName, String villageName, Integer order,
                         Integer replacementRank, Long position, String household, String enumerator,
                         String enumeratorName, InterviewState state, Outcome outcome) {
}
