package vn.thuocdo.survey.draw;

/**
 * A household to interview: the {@code position}-th household of the village (1-based, in the uploaded list's
 * order, or counted along the enumerator's route when there is no list), with the list's entry when there is one.
 */
public record HouseholdSlot(int order, long position, String household, Inclusion inclusion) {
}
