package vn.thuocdo.survey;

import java.util.List;
import java.util.Map;

/**
 * Writes a sample version as an .xlsx workbook: a summary sheet (round, seed, versions, fingerprints, figures per
 * province) and a sheet per stage with every unit's probabilities and weight. Declared here, implemented by the
 * spreadsheet adapter; the headings come from the reader's message bundle through {@link Labels}.
 */
public interface SampleWorkbooks {

    /**
     * The workbook of {@code units}, already cut to what the reader may see: without {@code withHouseholds} (a
     * province's copy) there is no household sheet at all.
     */
    byte[] write(SampleSheet sheet, List<ProvinceSummary> summary, List<SampleUnit> units, Labels labels);

    /** What the summary sheet says about the version. {@code unitNames}: "31 · Thành phố Hải Phòng" by unit id. */
    record SampleSheet(String roundName, int roundYear, SampleVersion version, SurveyChoice choice,
                       boolean withHouseholds, Map<String, String> unitNames) {
    }

    /** A text from the reader's message bundle. */
    @FunctionalInterface
    interface Labels {
        String text(String key, Object... args);
    }
}
