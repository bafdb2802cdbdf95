package vn.thuocdo.forms.improvement;

import vn.thuocdo.forms.Text;

import java.math.BigDecimal;

/**
 * One version of the rule that chooses what a unit must plan for: its {@code weakestAreas} PAR areas and
 * {@code weakestElements} SIPAS elements by share of their maximum, and every PAR criterion below
 * {@code criterionBelow} (a share 0..1), at most {@code maxItems} in all. {@code provisional} marks a default of ours
 * [A]. Built only through {@link SelectionRules#parse}, which validates it.
 */
public record SelectionRule(String id, int version, boolean provisional, Text title, Text description,
                            int weakestAreas, int weakestElements, BigDecimal criterionBelow, int maxItems) {

    /** "improvement-selection@1": how a plan names the rule it was chosen by. */
    public String reference() {
        return id + "@" + version;
    }
}
