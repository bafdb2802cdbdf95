package vn.thuocdo.forms.improvement;

import java.math.BigDecimal;

/**
 * One published number a unit could be asked to improve: its kind, code ("2", "access", "2.3"), name and its share of
 * the maximum (0..1): PAR points over max points, or the SIPAS element's satisfied share.
 */
public record Candidate(ItemKind kind, String code, String name, BigDecimal share) {
}
