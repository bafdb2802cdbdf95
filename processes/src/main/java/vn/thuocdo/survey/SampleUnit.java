package vn.thuocdo.survey;

/**
 * One row of a drawn sample: a selected or replacement commune, village or household slot of one province. A
 * selected unit has its {@code order} in the draw and its probabilities and weight; a replacement has its
 * {@code replacementRank} among its parent's replacements (1 is used first) and no probabilities of its own: used,
 * it takes the place and the weight of the unit it replaces. {@code size} is the unit's size measure.
 * {@code position} and {@code household} are for household slots (the position to visit, the list entry if any);
 * {@code randomStart} and {@code interval} are the village's count when it has no household list.
 */
public record SampleUnit(String unitId, SampleStage stage, String communeCode, String communeName,
                         String villageName, Integer order, Integer replacementRank, Long size, Long position,
                         String household, boolean certainty, Double stageProbability, Double overallProbability,
                         Double weight, Double randomStart, Double interval) {

    public boolean replacement() {
        return replacementRank != null;
    }
}
