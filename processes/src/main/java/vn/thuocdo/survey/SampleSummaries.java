package vn.thuocdo.survey;

import vn.thuocdo.units.Unit;

import java.util.List;

/** The review's figures from the database's sums: per province, and for the whole country. */
final class SampleSummaries {

    private SampleSummaries() {
    }

    static ProvinceSummary of(SampleStore.Figures f, Unit unit) {
        return new ProvinceSummary(f.unitId(), unit.code(), unit.name(), f.communes(), f.villages(), f.slots(),
                f.certaintyCommunes(), f.certaintyVillages(), f.slots(), f.minWeight(), f.maxWeight(), f.weightCv(),
                f.communeReplacements(), f.villageReplacements(), f.householdReplacements());
    }

    /** The country: counts added up; the weights' spread over every household slot of every province. */
    static ProvinceSummary national(List<SampleStore.Figures> all) {
        int communes = 0, villages = 0, slots = 0, sureCommunes = 0, sureVillages = 0, spareC = 0, spareV = 0, spareH = 0;
        double min = Double.MAX_VALUE, max = 0, sum = 0, sumSquares = 0;
        for (SampleStore.Figures f : all) {
            communes += f.communes();
            villages += f.villages();
            slots += f.slots();
            sureCommunes += f.certaintyCommunes();
            sureVillages += f.certaintyVillages();
            spareC += f.communeReplacements();
            spareV += f.villageReplacements();
            spareH += f.householdReplacements();
            if (f.slots() > 0) {
                min = Math.min(min, f.minWeight());
                max = Math.max(max, f.maxWeight());
                sum += f.slots() * f.meanWeight();
                sumSquares += f.slots() * f.meanSquare();
            }
        }
        double mean = slots == 0 ? 0 : sum / slots;
        double cv = mean == 0 ? 0 : Math.sqrt(Math.max(0, sumSquares / slots - mean * mean)) / mean;
        return new ProvinceSummary(null, "", "", communes, villages, slots, sureCommunes, sureVillages, slots,
                slots == 0 ? 0 : min, max, cv, spareC, spareV, spareH);
    }
}
