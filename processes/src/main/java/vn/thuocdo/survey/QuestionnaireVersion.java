package vn.thuocdo.survey;

import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.questionnaire.Questionnaire;

import java.time.Instant;

/**
 * One version of a questionnaire a round may pin: shipped with the product, or imported from an XLSForm workbook
 * (then who imported it, for which unit, when, and the SHA-256 of its canonical definition). {@code items} counts
 * the questions that are answered (notes excluded).
 */
public record QuestionnaireVersion(String reference, String id, int version, Questionnaire.Kind kind, Text title,
                                   Source source, int items, String checksum, String importedBy, String importedUnit,
                                   Instant importedAt) {

    /** Where a version comes from. */
    public enum Source {
        /** In forms/ on the classpath, with the product. */
        SHIPPED,
        /** Imported from an XLSForm workbook, kept in the database. */
        IMPORTED
    }
}
