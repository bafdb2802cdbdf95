package vn.thuocdo.survey.draw;

import java.util.List;

/**
 * The household stage of one village. {@code fromList}: drawn from the uploaded list; otherwise the enumerator
 * counts households along the route and takes positions floor(randomStart + j·interval), j = 0, 1, ... (already
 * worked out in {@code slots}). {@code allTaken}: the village had no more households than asked, so all are taken.
 */
public record HouseholdDraw(boolean fromList, long frameSize, double randomStart, double interval, boolean allTaken,
                            List<HouseholdSlot> slots, List<ReplacementHousehold> replacements) {

    public HouseholdDraw {
        slots = List.copyOf(slots);
        replacements = List.copyOf(replacements);
    }
}
