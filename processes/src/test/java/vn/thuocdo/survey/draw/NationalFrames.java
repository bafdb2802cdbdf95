package vn.thuocdo.survey.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic, made-up national frame at the scale of 2025's local government: 34 provinces, 3,321 communes
 * and about 33,000 villages of uneven sizes (a few very large communes become certainty units). For the
 * benchmarks; the database benchmark reads the same frames back from PostgreSQL.
 */
public final class NationalFrames {

    public static final int PROVINCES = 34;
    public static final int COMMUNES = 3_321;

    private NationalFrames() {
    }

    /** The same frames for the same seed. */
    public static List<ProvinceFrame> generate(long seed) {
        SplitMix64 random = new SplitMix64(seed);
        int[] communes = communesPerProvince(random);
        List<ProvinceFrame> out = new ArrayList<>();
        int communeNumber = 0;
        for (int p = 0; p < PROVINCES; p++) {
            String code = "%02d".formatted(p + 1);
            List<CommuneFrame> list = new ArrayList<>();
            for (int c = 0; c < communes[p]; c++) {
                communeNumber++;
                list.add(commune("%05d".formatted(communeNumber), random));
            }
            out.add(new ProvinceFrame("T34-" + code, code, "Tỉnh thử " + code, list));
        }
        return out;
    }

    public static long villages(List<ProvinceFrame> frames) {
        return frames.stream().mapToLong(p -> p.communes().stream().mapToLong(c -> c.villages().size()).sum()).sum();
    }

    /** Uneven province sizes (weights 1 to 4) adding up to exactly 3,321 communes. */
    private static int[] communesPerProvince(SplitMix64 random) {
        double[] weight = new double[PROVINCES];
        double sum = 0;
        for (int p = 0; p < PROVINCES; p++) {
            weight[p] = 1 + 3 * random.nextDouble();
            sum += weight[p];
        }
        int[] out = new int[PROVINCES];
        int given = 0;
        for (int p = 0; p < PROVINCES; p++) {
            out[p] = (int) Math.floor(COMMUNES * weight[p] / sum);
            given += out[p];
        }
        for (int p = 0; given < COMMUNES; p = (p + 1) % PROVINCES) {
            out[p]++;
            given++;
        }
        return out;
    }

    /** 2 to 18 villages (10 on average), households 40 to ~1,500 skewed to small, 1 in 200 communes huge. */
    private static CommuneFrame commune(String code, SplitMix64 random) {
        int villages = 2 + (int) random.nextLong(17);
        boolean huge = random.nextLong(200) == 0;
        List<VillageFrame> list = new ArrayList<>();
        for (int v = 1; v <= villages; v++) {
            double u = random.nextDouble();
            long households = 40 + (long) (1460 * u * u) * (huge ? 20 : 1);
            long population = households * (30 + random.nextLong(15)) / 10;
            list.add(new VillageFrame("Thôn " + v, households, population));
        }
        return new CommuneFrame(code, "Xã thử " + code, list);
    }
}
