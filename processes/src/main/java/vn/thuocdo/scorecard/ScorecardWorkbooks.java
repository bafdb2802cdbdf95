package vn.thuocdo.scorecard;

import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.shared.UploadLimits;

import java.io.InputStream;

/**
 * The Excel template of a scorecard (one row per area, criterion and sub-criterion); the adapter lives in
 * integrations. It turns cells into a scorecard and back; the rules of a scorecard are the model's, applied once to
 * whatever the workbook gave, and their refusals are said of the rows they come from.
 */
public interface ScorecardWorkbooks {

    /** The sheet with the scorecard's own properties (id, version, kind, years, title, totals). */
    String ABOUT_SHEET = "Thông tin";
    /** The sheet with one row per node of the tree. */
    String TREE_SHEET = "Tiêu chí";

    /**
     * Reads an uploaded workbook within {@link UploadLimits} into a validated scorecard, all or nothing.
     *
     * @throws InvalidScorecardWorkbook listing every row to fix, or the limit the file breaks
     */
    Scorecard read(InputStream in);

    /** A workbook of a scorecard that {@link #read} gives back equal. */
    byte[] write(Scorecard scorecard);
}
