package vn.thuocdo.survey.draw;

import vn.thuocdo.forms.design.Allocation;
import vn.thuocdo.forms.design.SizeMeasure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Respondents per province from a design's allocation. FIXED: the same everywhere. YAMANE: n = N / (1 + N·e²)
 * rounded up, exactly (decimal arithmetic). TOTAL: the total R shared in proportion to the measure; provinces whose
 * share falls below the minimum get the minimum and the rest is shared again among the others until no share is
 * below it; the shares are then rounded by largest remainder (ties: lower province code first) so they add up to R
 * exactly.
 */
public final class SampleSizes {

    private SampleSizes() {
    }

    /** Respondents by province code, in the frames' order; a province's measure total comes from its villages. */
    public static Map<String, Integer> allocate(Allocation allocation, List<ProvinceFrame> frames) {
        Map<String, Integer> out = new LinkedHashMap<>();
        switch (allocation.rule()) {
            case FIXED -> frames.forEach(f -> out.put(f.code(), allocation.respondents()));
            case YAMANE -> frames.forEach(f -> out.put(f.code(), yamane(total(f, allocation.measure()),
                    allocation.margin())));
            case TOTAL -> out.putAll(shared(allocation, frames));
        }
        return out;
    }

    static int yamane(long n, BigDecimal margin) {
        BigDecimal big = BigDecimal.valueOf(n);
        BigDecimal denominator = BigDecimal.ONE.add(big.multiply(margin.multiply(margin)));
        return big.divide(denominator, MathContext.DECIMAL128).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static Map<String, Integer> shared(Allocation allocation, List<ProvinceFrame> frames) {
        int floor = allocation.minimum();
        Map<String, Long> measure = new LinkedHashMap<>();
        frames.forEach(f -> measure.put(f.code(), total(f, allocation.measure())));
        Map<String, Integer> out = new LinkedHashMap<>();
        frames.forEach(f -> out.put(f.code(), floor));
        List<String> free = new ArrayList<>(measure.keySet());
        boolean moved = true;
        while (moved && !free.isEmpty()) {
            moved = false;
            long rest = allocation.respondents() - (long) floor * (frames.size() - free.size());
            long sum = free.stream().mapToLong(measure::get).sum();
            for (String code : List.copyOf(free)) {
                if (rest * measure.get(code) < (long) floor * sum) {
                    free.remove(code);
                    moved = true;
                }
            }
        }
        if (free.isEmpty()) {
            return out;
        }
        long rest = allocation.respondents() - (long) floor * (frames.size() - free.size());
        long sum = free.stream().mapToLong(measure::get).sum();
        long given = 0;
        for (String code : free) {
            long share = rest * measure.get(code) / sum;
            out.put(code, (int) share);
            given += share;
        }
        List<String> byRemainder = free.stream().sorted(Comparator.<String>comparingLong(
                c -> -(rest * measure.get(c) % sum)).thenComparing(Comparator.naturalOrder())).toList();
        for (int i = 0; i < rest - given; i++) {
            out.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return out;
    }

    /** The province's total of a measure over its villages (sizes already checked present and positive). */
    public static long total(ProvinceFrame frame, SizeMeasure measure) {
        return frame.communes().stream().flatMap(c -> c.villages().stream())
                .mapToLong(v -> measure == SizeMeasure.HOUSEHOLDS ? v.households() : v.population()).sum();
    }
}
