package vn.thuocdo.improvement;

import java.time.Instant;

/** One change to a plan version: what was done ({@code action}), why or what ({@code detail}), by whom, when. */
public record PlanChange(String action, String detail, String by, String byName, Instant at) {
}
