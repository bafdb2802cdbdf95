package vn.thuocdo.units;

import java.time.LocalDate;

/**
 * An administrative unit over its validity period. {@code id} is stable and unique across reorganisations
 * ({@code T34-31} is the Hải Phòng formed in July 2025, {@code T63-31} the one before it); {@code code} is the
 * official code, which the reorganisation reused. {@code parentId} is the province a registered department or
 * commune belongs to, null otherwise.
 */
public record Unit(String id, String code, String name, UnitKind kind, LocalDate validFrom, LocalDate validTo,
                   boolean parEvaluated, String parentId) {

    /** Whether the unit existed on the given day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
