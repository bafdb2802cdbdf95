package vn.thuocdo.publication;

import java.math.BigDecimal;
import java.util.List;

/**
 * One published number ({@code publication_result}): a unit's (or {@code national}) value of one measure as the
 * approved version had it, with the unit's name and kind at publication. SIPAS shares 0..1 with SE and 95% interval;
 * PAR points of a maximum; ranked rows with rank, its 95% interval, the units not significantly different and group.
 */
public record PublishedValue(String unitId, String unitName, String unitKind, String measure, Double estimate,
                             Double se, Double ciLow, Double ciHigh, Long n, BigDecimal points, BigDecimal maxPoints,
                             Integer rank, Integer rankLow, Integer rankHigh, List<String> notDifferent, String group,
                             String note) {

    public PublishedValue {
        notDifferent = notDifferent == null ? List.of() : List.copyOf(notDifferent);
    }
}
