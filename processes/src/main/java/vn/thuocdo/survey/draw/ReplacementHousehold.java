package vn.thuocdo.survey.draw;

/**
 * A ranked stand-in household of the same village (position and list entry as in {@link HouseholdSlot}); used in
 * rank order for a household that refuses or is absent, with the weight of the slot it fills.
 */
public record ReplacementHousehold(int rank, long position, String household) {
}
