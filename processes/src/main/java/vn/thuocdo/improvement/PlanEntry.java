package vn.thuocdo.improvement;

import java.time.LocalDate;

/** What the officers enter for one item, as the screen read it; checked by {@link ImprovementPlans}. */
public record PlanEntry(int itemNo, String measures, String responsible, LocalDate due) {
}
