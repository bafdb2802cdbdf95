package vn.thuocdo.forms.scorecard;

import java.math.BigDecimal;

/**
 * Points and thresholds in one canonical form (no trailing zeros, never an exponent), so a definition read from JSON
 * equals the same one read from a workbook: BigDecimal's equals would tell 1.5 from 1.50.
 */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
