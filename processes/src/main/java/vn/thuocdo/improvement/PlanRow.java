package vn.thuocdo.improvement;

import java.time.Instant;

/** One unit's plan on the coordinator's list: its newest version's state, items planned and sign-off. */
public record PlanRow(String planId, String unitId, String unitName, int version, PlanState state, int items,
                      int planned, String signedOffByName, Instant signedOffAt) {
}
