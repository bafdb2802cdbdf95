package vn.thuocdo.survey.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last stage in one village: k households by equal-probability systematic selection over the uploaded list
 * (its order kept: the list is the frame) or, without a list, over the H households of the frame counted along
 * the enumerator's route. Position j is floor((r + j·H) / k) + 1 for a whole r uniform in [0, H), which is
 * floor(randomStart + j·interval) with randomStart = 1 + r/k and interval = H/k; each household's probability
 * is exactly k/H. A village with at most k households gives all of them.
 */
final class HouseholdStage {

    private HouseholdStage() {
    }

    static HouseholdDraw draw(VillageFrame village, Inclusion villageInclusion, int perVillage, int replacements,
                              SplitMix64 random) {
        boolean fromList = village.hasHouseholdList();
        long size = fromList ? village.householdList().size() : village.households();
        List<HouseholdSlot> slots = new ArrayList<>();
        if (size <= perVillage) {
            Inclusion all = villageInclusion.below(1.0, true);
            for (long p = 1; p <= size; p++) {
                slots.add(new HouseholdSlot((int) p, p, label(village, p), all));
            }
            return new HouseholdDraw(fromList, size, 1, 1, true, slots, List.of());
        }
        long start = random.nextLong(size);
        Inclusion each = villageInclusion.below((double) perVillage / size, false);
        long[] positions = new long[perVillage];
        for (int j = 0; j < perVillage; j++) {
            positions[j] = (start + j * size) / perVillage + 1;
            slots.add(new HouseholdSlot(j + 1, positions[j], label(village, positions[j]), each));
        }
        return new HouseholdDraw(fromList, size, 1 + (double) start / perVillage, (double) size / perVillage, false,
                slots, standIns(village, size, positions, replacements, random));
    }

    /**
     * Stand-ins uniformly among the households not selected, by rejection (at most 20 are asked for and k < H, so
     * at least one is free; the expected number of tries per stand-in is at most H), ranked in the order drawn.
     */
    private static List<ReplacementHousehold> standIns(VillageFrame village, long size, long[] positions,
                                                       int wanted, SplitMix64 random) {
        long free = size - positions.length;
        List<ReplacementHousehold> out = new ArrayList<>();
        List<Long> taken = new ArrayList<>(Arrays.stream(positions).boxed().toList());
        while (out.size() < Math.min(wanted, free)) {
            long p = random.nextLong(size) + 1;
            if (!taken.contains(p)) {
                taken.add(p);
                out.add(new ReplacementHousehold(out.size() + 1, p, label(village, p)));
            }
        }
        return out;
    }

    private static String label(VillageFrame village, long position) {
        return village.hasHouseholdList() ? village.householdList().get((int) (position - 1)) : null;
    }
}
