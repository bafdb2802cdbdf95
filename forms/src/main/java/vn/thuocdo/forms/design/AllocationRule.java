package vn.thuocdo.forms.design;

/**
 * How many respondents each province gets. {@code FIXED}: the same number everywhere. {@code YAMANE}:
 * n = N / (1 + N·e²) rounded up, N the province's size measure. {@code TOTAL}: a national total shared in
 * proportion to the measure, with a floor per province.
 */
public enum AllocationRule {
    FIXED, YAMANE, TOTAL
}
