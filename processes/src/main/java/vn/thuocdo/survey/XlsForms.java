package vn.thuocdo.survey;

import com.fasterxml.jackson.databind.JsonNode;
import vn.thuocdo.shared.UploadLimits;

import java.io.InputStream;

/**
 * XLSForm workbooks (the ODK/Kobo convention: sheets {@code survey}, {@code choices}, {@code settings}) of
 * questionnaires; the adapter lives in integrations. It turns cells into the questionnaire's JSON format and back;
 * the rules of a questionnaire are the model's, applied once to whatever the workbook gave.
 */
public interface XlsForms {

    /**
     * Reads an uploaded workbook within {@link UploadLimits}.
     *
     * @throws InvalidXlsForm listing every row with a type, column, setting or value the importer does not support,
     *                        or the limit the file breaks; nothing is ever dropped silently
     */
    ImportedXlsForm read(InputStream in);

    /** A workbook of a questionnaire's canonical JSON definition, that {@link #read} gives back unchanged. */
    byte[] write(JsonNode definition);
}
