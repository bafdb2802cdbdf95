package vn.thuocdo.units;

import java.time.LocalDate;

/**
 * A commune, ward or special zone (xã, phường, đặc khu) of a province over one validity period, with its official
 * 5-digit code. {@code validTo} is null while it still exists.
 */
public record Commune(String code, String name, String provinceId, LocalDate validFrom, LocalDate validTo) {
}
