package vn.thuocdo.survey;

import vn.thuocdo.shared.Rejected;

import java.util.List;

/** An XLSForm workbook refused as a whole: every error names its sheet, row and column. Nothing was saved. */
public class InvalidXlsForm extends Rejected {

    private final List<XlsFormError> errors;

    public InvalidXlsForm(List<XlsFormError> errors) {
        super("xlsform.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<XlsFormError> errors() {
        return errors;
    }
}
