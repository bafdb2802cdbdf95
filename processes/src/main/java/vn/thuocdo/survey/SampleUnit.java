package vn.thuocdo.survey;

/**
 * One row of a drawn sample: a selected or replacement commune, village or household slot of one province.
 * {@code replacementRank} is null for a selected unit and 1, 2, … for its parent's replacements in the order they
 * are to be used. {@code slot}, {@code household}, {@code randomStart} and {@code interval} are for household slots
 * only: with no household list the enumerator counts from the random start by the interval.
 */
public record SampleUnit(String unitId, SampleStage stage, String communeCode, String communeName,
                         String villageName, Integer slot, String household, Integer replacementRank,
                         boolean certainty, double stageProbability, double overallProbability, double weight,
                         Double randomStart, Double interval) {

    public boolean replacement() {
        return replacementRank != null;
    }
}
