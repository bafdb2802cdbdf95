package vn.thuocdo.sampling;

/**
 * What one upload replaced: the villages of Phụ lục 1 and the service areas of Phụ lục 2 it carried, 0 for an
 * annex the file did not fill in (which then stays as it was).
 */
public record AnnexesAttached(int villages, int serviceAreas) {
}
