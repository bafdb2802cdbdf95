package vn.thuocdo.history;

import vn.thuocdo.shared.Rejected;

import java.util.List;

/** A workbook of results or targets refused as a whole: every error names its row. Nothing was saved. */
public class InvalidHistoryWorkbook extends Rejected {

    private final transient List<HistoryRowError> errors;

    public InvalidHistoryWorkbook(List<HistoryRowError> errors) {
        super("history.workbook.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<HistoryRowError> errors() {
        return errors;
    }
}
