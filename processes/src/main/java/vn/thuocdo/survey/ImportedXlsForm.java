package vn.thuocdo.survey;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * An XLSForm workbook turned into a questionnaire definition, not yet validated: {@code definition} is the JSON tree
 * of the questionnaire format, {@code rows} the survey sheet's row of each section and question id, and
 * {@code choiceRows} the choices sheet's first row of each list name and of each part and element key, so that what
 * the model refuses is shown at the row to fix.
 */
public record ImportedXlsForm(ObjectNode definition, Map<String, Integer> rows, Map<String, Integer> choiceRows) {

    public ImportedXlsForm {
        rows = Map.copyOf(rows);
        choiceRows = Map.copyOf(choiceRows);
    }
}
