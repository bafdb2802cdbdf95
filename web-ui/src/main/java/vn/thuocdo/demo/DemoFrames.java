package vn.thuocdo.demo;

import vn.thuocdo.units.Commune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic but plausible Phụ lục 1 over a province's real communes, for the demo only: 5 to 15 villages a
 * commune ("Thôn 1", "Thôn 2", …), 80 to 600 households a village, about 3.6 people a household. Each commune's
 * figures come from a generator seeded by its code, so every start makes the same frame.
 */
final class DemoFrames {

    private DemoFrames() {
    }

    /** A frame and the totals the province declares with it (which must match it). */
    record Frame(List<List<String>> rows, long communes, long households, long population) {
    }

    static Frame of(List<Commune> communes) {
        List<List<String>> rows = new ArrayList<>();
        long households = 0;
        long population = 0;
        List<Commune> sorted = communes.stream().sorted(Comparator.comparing(Commune::code)).toList();
        for (Commune commune : sorted) {
            // SplittableRandom is SplitMix64, specified to give the same numbers for a seed on every JVM.
            SplittableRandom random = new SplittableRandom(Long.parseLong(commune.code()));
            int villages = random.nextInt(5, 16);
            for (int v = 1; v <= villages; v++) {
                long homes = random.nextInt(80, 601);
                long people = Math.round(homes * (3.3 + random.nextDouble() * 0.6));
                rows.add(List.of(commune.code(), commune.name(), "Thôn " + v, Long.toString(homes),
                        Long.toString(people)));
                households += homes;
                population += people;
            }
        }
        return new Frame(rows, sorted.size(), households, population);
    }
}
