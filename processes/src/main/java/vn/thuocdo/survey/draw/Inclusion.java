package vn.thuocdo.survey.draw;

/**
 * How a selected unit came into the sample: its probability at its own stage (given its parent was selected),
 * its overall inclusion probability (the product down the stages) and whether its stage took it with certainty
 * (probability 1: a unit at least as large as the interval, or every unit because the parent had too few).
 */
public record Inclusion(double stage, double overall, boolean certainty) {

    public Inclusion {
        if (!(stage > 0 && stage <= 1 && overall > 0 && overall <= 1)) {
            throw new IllegalArgumentException("probabilities must be in (0, 1]: " + stage + ", " + overall);
        }
    }

    /** The design weight: how many frame units this one stands for, 1 / overall. */
    public double weight() {
        return 1 / overall;
    }

    /** The inclusion of a unit drawn below this one with the given stage probability. */
    Inclusion below(double stageProbability, boolean certain) {
        return new Inclusion(stageProbability, overall * stageProbability, certain);
    }
}
