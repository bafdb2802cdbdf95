package vn.thuocdo.fieldwork;

/**
 * Where and by whom an interview was made, for its reviewer's heading: the household by its draw {@code order} in
 * the village or its {@code replacementRank}, its name when the village had a list, the enumerator by name.
 */
public record InterviewPlace(String communeName, String villageName, Integer order, Integer replacementRank,
                             String household, String enumeratorName) {
}
