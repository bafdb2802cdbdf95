package vn.thuocdo.survey.draw;

import java.util.List;

/**
 * A village or residential group (thôn, tổ dân phố) with its sizes from the frame; a size may be missing (null),
 * which the draw refuses when a stage needs it. {@code householdList}, when not empty, is the uploaded list of the
 * village's households in walking order: households are then drawn from it rather than by the enumerator's count.
 */
public record VillageFrame(String name, Long households, Long population, List<String> householdList) {

    public VillageFrame {
        householdList = householdList == null ? List.of() : List.copyOf(householdList);
    }

    public VillageFrame(String name, Long households, Long population) {
        this(name, households, population, List.of());
    }

    public boolean hasHouseholdList() {
        return !householdList.isEmpty();
    }
}
