package vn.thuocdo.council;

import java.util.List;

/** A member's vote as they send it: the choice, a comment, and the units to appraise again when sending back. */
public record Ballot(Choice choice, String comment, List<String> unitIds) {

    public static final int MAX_COMMENT = 2000;

    public Ballot {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }
}
