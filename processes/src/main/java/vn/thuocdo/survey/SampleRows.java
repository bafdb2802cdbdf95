package vn.thuocdo.survey;

import vn.thuocdo.survey.draw.DrawnCommune;
import vn.thuocdo.survey.draw.DrawnProvince;
import vn.thuocdo.survey.draw.DrawnSample;
import vn.thuocdo.survey.draw.DrawnVillage;
import vn.thuocdo.survey.draw.HouseholdDraw;
import vn.thuocdo.survey.draw.HouseholdSlot;
import vn.thuocdo.survey.draw.Inclusion;
import vn.thuocdo.survey.draw.Replacement;
import vn.thuocdo.survey.draw.ReplacementHousehold;

import java.util.ArrayList;
import java.util.List;

/**
 * A drawn sample as the rows it is stored in, parents before their children: each selected commune, then its
 * villages (each followed by its household slots and their replacements), then its replacement villages; the
 * province's replacement communes last.
 */
final class SampleRows {

    private SampleRows() {
    }

    static List<SampleUnit> of(DrawnSample sample) {
        List<SampleUnit> rows = new ArrayList<>();
        for (DrawnProvince p : sample.provinces()) {
            for (DrawnCommune c : p.communes()) {
                rows.add(selected(p.unitId(), SampleStage.COMMUNE, c.code(), c.name(), null, c.order(), c.size(),
                        null, null, c.inclusion(), null));
                for (DrawnVillage v : c.villages()) {
                    HouseholdDraw h = v.householdDraw();
                    rows.add(selected(p.unitId(), SampleStage.VILLAGE, c.code(), c.name(), v.name(), v.order(),
                            v.size(), null, null, v.inclusion(), null));
                    for (HouseholdSlot slot : h.slots()) {
                        rows.add(selected(p.unitId(), SampleStage.HOUSEHOLD, c.code(), c.name(), v.name(),
                                slot.order(), null, slot.position(), slot.household(), slot.inclusion(), h));
                    }
                    for (ReplacementHousehold r : h.replacements()) {
                        rows.add(new SampleUnit(p.unitId(), SampleStage.HOUSEHOLD, c.code(), c.name(), v.name(), null,
                                r.rank(), null, r.position(), r.household(), false, null, null, null,
                                h.fromList() ? null : h.randomStart(), h.fromList() ? null : h.interval()));
                    }
                }
                for (Replacement r : c.replacements()) {
                    rows.add(spare(p.unitId(), SampleStage.VILLAGE, c.code(), c.name(), r.name(), r));
                }
            }
            for (Replacement r : p.replacements()) {
                rows.add(spare(p.unitId(), SampleStage.COMMUNE, r.code(), r.name(), null, r));
            }
        }
        return rows;
    }

    private static SampleUnit selected(String unitId, SampleStage stage, String communeCode, String communeName,
                                       String village, int order, Long size, Long position, String household,
                                       Inclusion inclusion, HouseholdDraw count) {
        boolean counted = count != null && !count.fromList();
        return new SampleUnit(unitId, stage, communeCode, communeName, village, order, null, size, position,
                household, inclusion.certainty(), inclusion.stage(), inclusion.overall(), inclusion.weight(),
                counted ? count.randomStart() : null, counted ? count.interval() : null);
    }

    private static SampleUnit spare(String unitId, SampleStage stage, String communeCode, String communeName,
                                    String village, Replacement r) {
        return new SampleUnit(unitId, stage, communeCode, communeName, village, null, r.rank(), r.size(), null, null,
                false, null, null, null, null, null);
    }
}
