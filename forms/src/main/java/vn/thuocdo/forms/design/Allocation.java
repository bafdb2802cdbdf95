package vn.thuocdo.forms.design;

import java.math.BigDecimal;

/**
 * A design's sample size rule. Which fields apply depends on the rule: {@code respondents} (FIXED: per province;
 * TOTAL: nationally), {@code margin} e (YAMANE), {@code minimum} per province (TOTAL), {@code measure} N (YAMANE,
 * TOTAL).
 */
public record Allocation(AllocationRule rule, Integer respondents, BigDecimal margin, Integer minimum,
                         SizeMeasure measure) {

    public static Allocation fixed(int respondents) {
        return new Allocation(AllocationRule.FIXED, respondents, null, null, null);
    }

    public static Allocation yamane(BigDecimal margin, SizeMeasure measure) {
        return new Allocation(AllocationRule.YAMANE, null, margin, null, measure);
    }

    public static Allocation total(int respondents, int minimum, SizeMeasure measure) {
        return new Allocation(AllocationRule.TOTAL, respondents, null, minimum, measure);
    }
}
