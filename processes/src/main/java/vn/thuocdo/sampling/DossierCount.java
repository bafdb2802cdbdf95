package vn.thuocdo.sampling;

import java.util.List;

/**
 * One service area of Phụ lục 2: the administrative-procedure dossiers the unit received and handled in the period,
 * which weight the SIPAS sample across service areas; {@code row} is the spreadsheet row it came from.
 */
public record DossierCount(int row, String serviceArea, long received, long handled) {

    /** The column keys a Phụ lục 2 template must define for its rows to become these. */
    public static final List<String> KEYS = List.of("serviceArea", "received", "handled");

    static DossierCount of(FrameLine line) {
        return new DossierCount(line.row(), line.text("serviceArea"), line.number("received"), line.number("handled"));
    }
}
