package vn.thuocdo.improvement;

import java.time.Instant;
import java.util.List;

/**
 * A unit's signed-off plan of one year, as the public profile and next year's screens show it: its items with the
 * measures, who is responsible, by when, and who signed it off.
 */
public record SignedOffPlan(String unitId, String unitName, int year, int version, String publicationCode,
                            List<PlanItem> items, String signedOffByName, Instant signedOffAt) {

    public SignedOffPlan {
        items = List.copyOf(items);
    }
}
