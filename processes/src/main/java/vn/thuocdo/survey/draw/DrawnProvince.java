package vn.thuocdo.survey.draw;

import java.util.List;

/**
 * One province's part of the sample: the respondents the allocation gave it, the communes that follow, and the
 * ranked replacement communes.
 */
public record DrawnProvince(String unitId, String code, String name, int respondents, long measureTotal,
                            List<DrawnCommune> communes, List<Replacement> replacements) {

    public DrawnProvince {
        communes = List.copyOf(communes);
        replacements = List.copyOf(replacements);
    }

    /** Households to interview: fewer than allocated where villages are smaller than the design assumes. */
    public int expectedRespondents() {
        return communes.stream().flatMap(c -> c.villages().stream())
                .mapToInt(v -> v.householdDraw().slots().size()).sum();
    }
}
