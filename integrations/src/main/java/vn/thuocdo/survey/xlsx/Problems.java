package vn.thuocdo.survey.xlsx;

import vn.thuocdo.survey.InvalidXlsForm;
import vn.thuocdo.survey.XlsFormError;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one workbook, gathered so a person fixes them all in one go; capped, since a file wrong throughout
 * (the wrong sheet, a shifted column) would otherwise list a hundred thousand rows, and a person fixes from the top.
 */
final class Problems {

    static final int CAP = 200;

    private final List<XlsFormError> errors = new ArrayList<>();

    /** Notes an error at a row (0 for the sheet) and column (null for the row); stops reading at the cap. */
    void at(String sheet, int row, String column, String key, Object... args) {
        errors.add(new XlsFormError(sheet, row, column, key, List.of(args)));
        if (errors.size() >= CAP) {
            List<XlsFormError> shown = new ArrayList<>(errors);
            shown.add(XlsFormError.ofFile("xlsform.tooManyErrors", CAP));
            throw new InvalidXlsForm(shown);
        }
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /** Refuses the workbook when anything was found: all or nothing. */
    void refuseIfAny() {
        if (any()) {
            throw new InvalidXlsForm(errors);
        }
    }
}
