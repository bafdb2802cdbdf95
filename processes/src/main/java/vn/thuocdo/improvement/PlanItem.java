package vn.thuocdo.improvement;

import vn.thuocdo.forms.improvement.ItemKind;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One item of a plan: what the rule chose (kind, code, name, the published share of its maximum and, for PAR items,
 * points of max points) and the unit's answer to it (measures, who is responsible, by when), null until entered.
 */
public record PlanItem(int itemNo, ItemKind kind, String code, String name, BigDecimal share, BigDecimal points,
                       BigDecimal maxPoints, String measures, String responsible, LocalDate due) {

    /** Every answer given: what submitting needs. */
    public boolean complete() {
        return measures != null && responsible != null && due != null;
    }
}
