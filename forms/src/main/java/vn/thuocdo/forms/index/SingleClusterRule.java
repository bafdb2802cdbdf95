package vn.thuocdo.forms.index;

/**
 * What a stratum with a single sampled cluster adds to a variance (it cannot estimate its own), named as R's
 * {@code options(survey.lonely.psu=...)} names the same rules.
 */
public enum SingleClusterRule {
    /**
     * R's "adjust": the lonely cluster's total is centred at the mean cluster total of the whole sample instead of
     * its stratum's mean. Conservative: the stratum still adds variance.
     */
    ADJUST,
    /** R's "remove" (and, for these estimators, "certainty"): the stratum adds nothing to the variance. */
    REMOVE
}
