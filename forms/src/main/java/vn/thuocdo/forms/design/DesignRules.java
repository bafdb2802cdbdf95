package vn.thuocdo.forms.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The checks, one reason per problem found, so a statistician fixes a file in one pass. */
final class DesignRules {

    /** Bounds that keep a typo (an extra zero) from asking for a census. */
    static final int MAX_RESPONDENTS = 1_000_000;
    static final int MAX_PER_PARENT = 1_000;
    static final int MAX_REPLACEMENTS = 20;
    private static final List<StageLevel> ORDER = List.of(StageLevel.COMMUNE, StageLevel.VILLAGE, StageLevel.HOUSEHOLD);

    private DesignRules() {
    }

    static List<String> check(SampleDesign d) {
        List<String> reasons = new ArrayList<>();
        if (d.id() == null || !d.id().matches("[a-z][a-z0-9-]{0,63}")) {
            reasons.add("id must be lower-case words joined by '-', was " + d.id());
        }
        if (d.version() < 1) {
            reasons.add("version must be 1 or more");
        }
        if (d.title() == null || d.description() == null) {
            reasons.add("a design needs a title and a description");
        }
        if (d.frame() == null || !d.frame().matches("[a-z][a-z0-9-]{0,63}@[1-9][0-9]{0,5}")) {
            reasons.add("frame must be a frame reference like sampling-frame@1, was " + d.frame());
        }
        allocation(d.allocation(), reasons);
        stages(d.stages(), reasons);
        if (d.fieldwork() != null) {
            FieldworkChecks.check(d.fieldwork(), reasons);
        }
        return reasons;
    }

    private static void allocation(Allocation a, List<String> reasons) {
        if (a == null || a.rule() == null) {
            reasons.add("allocation needs a rule: FIXED, YAMANE or TOTAL");
            return;
        }
        boolean respondents = a.rule() != AllocationRule.YAMANE;
        boolean margin = a.rule() == AllocationRule.YAMANE;
        boolean minimum = a.rule() == AllocationRule.TOTAL;
        boolean measure = a.rule() != AllocationRule.FIXED;
        String rule = "allocation " + a.rule() + ": ";
        if (respondents != (a.respondents() != null)) {
            reasons.add(rule + (respondents ? "respondents is required" : "respondents does not apply"));
        } else if (respondents && (a.respondents() < 1 || a.respondents() > MAX_RESPONDENTS)) {
            reasons.add(rule + "respondents must be 1 to " + MAX_RESPONDENTS + ", was " + a.respondents());
        }
        if (margin != (a.margin() != null)) {
            reasons.add(rule + (margin ? "margin is required" : "margin does not apply"));
        } else if (margin && (a.margin().signum() <= 0 || a.margin().compareTo(new BigDecimal("0.5")) > 0)) {
            reasons.add(rule + "margin must be above 0 and at most 0.5, was " + a.margin().toPlainString());
        }
        if (minimum != (a.minimum() != null)) {
            reasons.add(rule + (minimum ? "minimum is required" : "minimum does not apply"));
        } else if (minimum && (a.minimum() < 1 || a.respondents() != null && a.minimum() > a.respondents())) {
            reasons.add(rule + "minimum must be 1 to the total respondents, was " + a.minimum());
        }
        if (measure != (a.measure() != null)) {
            reasons.add(rule + (measure ? "measure (households or population) is required"
                    : "measure does not apply"));
        }
    }

    private static void stages(List<DesignStage> stages, List<String> reasons) {
        if (stages == null || stages.size() != ORDER.size()
                || !stages.stream().map(DesignStage::level).toList().equals(ORDER)) {
            reasons.add("stages must be COMMUNE, VILLAGE, HOUSEHOLD in this order");
            return;
        }
        for (DesignStage s : stages) {
            String where = "stage " + s.level() + ": ";
            if (s.method() == null) {
                reasons.add(where + "method is required (PPS_SYSTEMATIC or SYSTEMATIC)");
            } else if (s.level() == StageLevel.HOUSEHOLD && s.method() != SelectionMethod.SYSTEMATIC) {
                reasons.add(where + "households are drawn SYSTEMATIC (no size measure exists for one household)");
            } else if ((s.method() == SelectionMethod.PPS_SYSTEMATIC) != (s.measure() != null)) {
                reasons.add(where + (s.measure() == null ? "PPS_SYSTEMATIC needs a measure (households or population)"
                        : "a measure applies to PPS_SYSTEMATIC only"));
            }
            if (s.level() == StageLevel.COMMUNE && s.perParent() != null) {
                reasons.add(where + "perParent does not apply: the number of communes follows from the allocation");
            } else if (s.level() != StageLevel.COMMUNE
                    && (s.perParent() == null || s.perParent() < 1 || s.perParent() > MAX_PER_PARENT)) {
                reasons.add(where + "perParent must be 1 to " + MAX_PER_PARENT + ", was " + s.perParent());
            }
            if (s.replacements() < 0 || s.replacements() > MAX_REPLACEMENTS) {
                reasons.add(where + "replacements must be 0 to " + MAX_REPLACEMENTS + ", was " + s.replacements());
            }
        }
    }
}
