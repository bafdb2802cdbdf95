package vn.thuocdo.improvement;

import java.time.Instant;
import java.util.List;

/** One version of a unit's improvement plan, with its items and every change made to it. */
public record ImprovementPlan(String id, String roundId, String unitId, String unitName, int year,
                              String publicationId, String publicationCode, String rule, int version, PlanState state,
                              String reason, String returnedReason, String submittedByName, Instant submittedAt,
                              String signedOffBy, String signedOffByName, Instant signedOffAt, int rowVersion,
                              List<PlanItem> items, List<PlanChange> changes) {

    public ImprovementPlan {
        items = List.copyOf(items);
        changes = List.copyOf(changes);
    }

    public boolean editable() {
        return state == PlanState.DRAFT;
    }

    /** Items with every answer given. */
    public long planned() {
        return items.stream().filter(PlanItem::complete).count();
    }
}
