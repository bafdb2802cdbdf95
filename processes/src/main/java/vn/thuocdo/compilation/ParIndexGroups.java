package vn.thuocdo.compilation;

import java.math.BigDecimal;
import java.util.function.Function;

/** The PAR INDEX group of a percentage (A ≥ 90 ...): the decision table ParIndexGroup.dmn on the engine. */
public interface ParIndexGroups {

    /** The group's letter for a percentage 0..100. */
    String group(BigDecimal percent);

    /**
     * The same deployed table (its newest version), evaluated in memory without the engine's decision history: for
     * the what-if, which must write nothing.
     */
    Function<BigDecimal, String> withoutHistory();

    /** The deployed table's DMN file (its newest version) as it is: what a replication package carries. */
    byte[] decisionTable();
}
