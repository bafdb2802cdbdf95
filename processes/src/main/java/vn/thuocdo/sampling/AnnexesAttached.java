package vn.thuocdo.sampling;

import java.util.List;

/**
 * What one upload replaced: the villages of Phụ lục 1 and the service areas of Phụ lục 2 it carried, 0 for an
 * annex the file did not fill in (which then stays as it was), and the sheets whose "Tổng cộng" row was recognised
 * and found equal to the sums of their rows (it is not stored: the rows are).
 */
public record AnnexesAttached(int villages, int serviceAreas, List<String> totalsChecked) {

    public AnnexesAttached {
        totalsChecked = List.copyOf(totalsChecked);
    }

    public AnnexesAttached(int villages, int serviceAreas) {
        this(villages, serviceAreas, List.of());
    }
}
