package vn.thuocdo.fieldwork;

/**
 * A selected commune of a province's approved sample with its selected household slots, and the branch it is given
 * to ({@code branchId} null: not given yet).
 */
public record SampledCommune(String code, String name, int households, Long branchId) {
}
