package vn.thuocdo.compilation;

import java.math.BigDecimal;

/** The PAR INDEX group of a percentage (A ≥ 90 ...): the decision table ParIndexGroup.dmn on the engine. */
public interface ParIndexGroups {

    /** The group's letter for a percentage 0..100. */
    String group(BigDecimal percent);
}
