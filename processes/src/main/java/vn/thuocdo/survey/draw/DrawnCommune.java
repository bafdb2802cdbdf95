package vn.thuocdo.survey.draw;

import java.util.List;

/**
 * A selected commune: its size in the design's commune measure, its inclusion, its selected villages and their
 * ranked replacements. {@code allVillagesTaken}: it had no more villages than the design asks, so all are in.
 */
public record DrawnCommune(int order, String code, String name, long size, Inclusion inclusion,
                           boolean allVillagesTaken, List<DrawnVillage> villages, List<Replacement> replacements) {

    public DrawnCommune {
        villages = List.copyOf(villages);
        replacements = List.copyOf(replacements);
    }
}
