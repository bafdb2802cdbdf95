package vn.thuocdo.survey;

/**
 * What the coordinator checks of one province's sample before approving it: units per stage, the certainty units,
 * the respondents expected (one per selected household slot), the spread of the final weights and the replacements.
 * {@code weightCv} is the coefficient of variation (standard deviation / mean) of the household slots' weights.
 */
public record ProvinceSummary(String unitId, String unitCode, String unitName, int communes, int villages,
                              int householdSlots, int certaintyCommunes, int certaintyVillages,
                              int expectedRespondents, double minWeight, double maxWeight, double weightCv,
                              int communeReplacements, int villageReplacements, int householdReplacements) {
}
