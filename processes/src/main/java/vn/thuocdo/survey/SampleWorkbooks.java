package vn.thuocdo.survey;

import java.util.List;

/**
 * Writes a sample version as an .xlsx workbook: a summary sheet (round, seed, versions, fingerprints) and a sheet
 * per stage with every unit's probabilities and weight. Declared here, implemented by the spreadsheet adapter.
 */
public interface SampleWorkbooks {

    /**
     * The workbook of {@code units} (already cut to what the reader may see: a province's copy has no household
     * sheet at all). {@code summary} is the province figures of the review, in province order.
     */
    byte[] write(SampleSheet sheet, List<ProvinceSummary> summary, List<SampleUnit> units);

    /** What the summary sheet says about the version, and whether the household sheet is written. */
    record SampleSheet(String roundName, int roundYear, SampleVersion version, SurveyChoice choice,
                       boolean withHouseholds, java.util.Map<String, String> unitNames) {
    }
}
