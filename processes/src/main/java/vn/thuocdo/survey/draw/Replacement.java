package vn.thuocdo.survey.draw;

/**
 * A ranked stand-in for a selected commune or village of the same parent, used in rank order when a selected
 * unit cannot be surveyed. When used it takes the place, and the weight, of the unit it replaces: its own
 * probability of being a replacement is not an inclusion probability and is not stored. {@code code} is null for
 * villages, which the frame names only.
 */
public record Replacement(int rank, String code, String name, long size) {
}
