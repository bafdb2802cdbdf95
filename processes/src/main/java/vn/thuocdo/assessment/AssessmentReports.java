package vn.thuocdo.assessment;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The self-assessment and appraisal reports as files: an A4 PDF with embedded fonts and an Excel workbook, both in
 * Vietnamese. Implemented by an integration adapter; {@link AssessmentExports} checks the reader and builds the
 * {@link AssessmentReport}.
 */
public interface AssessmentReports {

    void pdf(AssessmentReport report, Labels labels, OutputStream out) throws IOException;

    void xlsx(AssessmentReport report, Labels labels, OutputStream out) throws IOException;

    /** The report's wording for a message key (Vietnamese: the caller's bundle in that language). */
    @FunctionalInterface
    interface Labels {
        String text(String key, Object... args);
    }
}
