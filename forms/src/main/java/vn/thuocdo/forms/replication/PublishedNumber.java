package vn.thuocdo.forms.replication;

import java.math.BigDecimal;
import java.util.List;

/**
 * One recomputed number, in the published dataset's columns ({@code publication_result}): a unit's (or
 * {@code national}) value of one measure; SIPAS shares with SE, interval and valid answers; PAR points of a maximum;
 * ranked rows with the rank, its 95% interval over the bootstrap replicates, the units not significantly different
 * and the group. {@code note} is the message key the application stores.
 */
public record PublishedNumber(String unitId, String unitName, String unitKind, String measure, Double estimate,
                              Double se, Double ciLow, Double ciHigh, Long n, BigDecimal points, BigDecimal maxPoints,
                              Integer rank, Integer rankLow, Integer rankHigh, List<String> notDifferent, String group,
                              String note) {

    public PublishedNumber {
        notDifferent = notDifferent == null ? List.of() : List.copyOf(notDifferent);
    }

    PublishedNumber withRankInterval(Integer newRank, int low, int high, List<String> units) {
        return new PublishedNumber(unitId, unitName, unitKind, measure, estimate, se, ciLow, ciHigh, n, points,
                maxPoints, newRank == null ? rank : newRank, low, high, units, group, note);
    }
}
