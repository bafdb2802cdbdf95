package vn.thuocdo.survey.draw;

/**
 * Systematic selection of n units with probability proportional to size, over units in a fixed order, with
 * certainty units. Units with n'·size >= T' (size at least the interval T'/n') are taken with probability 1 and
 * removed, n' and T' recomputed, until none is left; the other m units are then covered by m points r + k·T' on
 * the scaled line where unit i spans [m·C(i-1), m·C(i)), r a uniform whole number in [0, T'). Everything is exact
 * whole-number arithmetic, so unit i is selected with probability exactly m·size(i)/T' and exactly m are selected.
 * Equal-probability systematic selection is the same with every size 1.
 */
final class Systematic {

    /** Per unit (frame order): selected, its stage probability, taken with certainty. */
    record Result(boolean[] selected, double[] probability, boolean[] certain, long start, long total, int drawn) {
    }

    private Systematic() {
    }

    static Result select(long[] sizes, int n, SplitMix64 random) {
        int count = sizes.length;
        boolean[] selected = new boolean[count];
        double[] probability = new double[count];
        boolean[] certain = new boolean[count];
        if (n >= count) {
            java.util.Arrays.fill(selected, true);
            java.util.Arrays.fill(probability, 1.0);
            java.util.Arrays.fill(certain, true);
            return new Result(selected, probability, certain, 0, 0, count);
        }
        int m = n;
        long total = sumOf(sizes, certain);
        boolean found = true;
        while (found && m > 0) {
            found = false;
            for (int i = 0; i < count; i++) {
                if (!certain[i] && sizes[i] * m >= total) {
                    certain[i] = true;
                    found = true;
                }
            }
            if (found) {
                m = n - countOf(certain);
                total = sumOf(sizes, certain);
            }
        }
        for (int i = 0; i < count; i++) {
            if (certain[i]) {
                selected[i] = true;
                probability[i] = 1.0;
            }
        }
        if (m <= 0) {
            return new Result(selected, probability, certain, 0, 0, 0);
        }
        long start = random.nextLong(total);
        long point = start;
        long end = 0;
        int k = 0;
        for (int i = 0; i < count && k < m; i++) {
            if (certain[i]) {
                continue;
            }
            end += sizes[i] * m;
            probability[i] = (double) (sizes[i] * m) / total;
            if (point < end) {
                selected[i] = true;
                k++;
                point = start + k * total;
            }
        }
        for (int i = 0; i < count; i++) {
            if (!certain[i] && probability[i] == 0) {
                probability[i] = (double) (sizes[i] * m) / total;
            }
        }
        return new Result(selected, probability, certain, start, total, m);
    }

    private static long sumOf(long[] sizes, boolean[] excluded) {
        long sum = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (!excluded[i]) {
                sum += sizes[i];
            }
        }
        return sum;
    }

    private static int countOf(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            if (f) {
                c++;
            }
        }
        return c;
    }
}
