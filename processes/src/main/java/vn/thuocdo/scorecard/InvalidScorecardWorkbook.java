package vn.thuocdo.scorecard;

import vn.thuocdo.shared.Rejected;

import java.util.List;

/** A scorecard workbook refused as a whole: every error names its sheet and row. Nothing was saved. */
public class InvalidScorecardWorkbook extends Rejected {

    private final transient List<ScorecardWorkbookError> errors;

    public InvalidScorecardWorkbook(List<ScorecardWorkbookError> errors) {
        super("scorecard.workbook.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<ScorecardWorkbookError> errors() {
        return errors;
    }
}
