package vn.thuocdo.forms.index;

/**
 * One measure (an item, element, part or the overall index) in one domain. {@code n} is the number of valid answers
 * (for an element, part or the overall index: respondents with at least one valid answer to its items). When the
 * domain has too few valid answers, {@code sufficient} is false and there is no estimate ("không đủ dữ liệu"): the
 * numbers are NaN, never 0. When all its valid answers come from one cluster, there is an estimate but no SE.
 */
public record Estimate(String domain, String measure, boolean sufficient, double estimate, double se,
                       double ciLow, double ciHigh, long n) {

    /** The quantile of the normal distribution for a 95% interval, R's {@code qnorm(0.975)}. */
    public static final double Z95 = 1.959963984540054;

    static Estimate of(String domain, String measure, double estimate, double variance, long n) {
        double se = Math.sqrt(variance);
        return new Estimate(domain, measure, true, estimate, se, estimate - Z95 * se, estimate + Z95 * se, n);
    }

    /** An estimate from a single cluster: no standard error can be estimated from the design. */
    static Estimate withoutSe(String domain, String measure, double estimate, long n) {
        return new Estimate(domain, measure, true, estimate, Double.NaN, Double.NaN, Double.NaN, n);
    }

    /** Whether the design could estimate a standard error (answers from two clusters or more). */
    public boolean hasSe() {
        return sufficient && !Double.isNaN(se);
    }

    static Estimate insufficient(String domain, String measure, long n) {
        return new Estimate(domain, measure, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
}
