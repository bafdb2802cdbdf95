package vn.thuocdo.forms.design;

/**
 * How a stage picks its units. {@code PPS_SYSTEMATIC}: probability proportional to a size measure, systematic over
 * the sorted frame, units at least as large as the interval taken with certainty. {@code SYSTEMATIC}: equal
 * probability, systematic (the household stage, or a commune/village stage that ignores size).
 */
public enum SelectionMethod {
    PPS_SYSTEMATIC, SYSTEMATIC
}
