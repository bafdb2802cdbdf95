package vn.thuocdo.history;

import java.io.InputStream;
import java.util.List;

/**
 * The Excel side of the imports; the adapter lives in integrations. It only reads cells (bounded like every
 * upload, docs/spreadsheets.md); what the cells mean is checked here, in {@link PublishedResults} and
 * {@link UnitTargets}, so the rules are tested without a workbook.
 */
public interface HistoryWorkbooks {

    /**
     * The filled rows of the layout's sheet, below its header, cells in the layout's column order.
     *
     * @throws InvalidHistoryWorkbook when the file is not a workbook, breaks a limit, or lacks the sheet or a column
     */
    List<SheetRow> read(InputStream in, HistoryLayout layout);

    /** The empty template: the data sheet with its headers and the sheet explaining each column, in Vietnamese. */
    byte[] template(HistoryLayout layout);
}
