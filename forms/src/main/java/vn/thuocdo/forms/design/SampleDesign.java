package vn.thuocdo.forms.design;

import vn.thuocdo.forms.Text;

import java.util.List;

/**
 * A versioned sample design: which frame it draws from, how many respondents per province, and the stages
 * (commune, village, household) with their methods, and optionally the rules of its in-person fieldwork (null when
 * the design has none). Validated on load by {@link SampleDesigns#validate}.
 */
public record SampleDesign(String id, int version, Text title, Text description, String frame,
                           Allocation allocation, List<DesignStage> stages, FieldworkRules fieldwork) {

    public SampleDesign {
        stages = stages == null ? null : List.copyOf(stages);
    }

    /** A design without fieldwork rules. */
    public SampleDesign(String id, int version, Text title, Text description, String frame, Allocation allocation,
                        List<DesignStage> stages) {
        this(id, version, title, description, frame, allocation, stages, null);
    }

    /** {@code id@version}, the name a round pins. */
    public String reference() {
        return id + "@" + version;
    }

    public DesignStage stage(StageLevel level) {
        return stages.stream().filter(s -> s.level() == level).findFirst()
                .orElseThrow(() -> new IllegalStateException(reference() + " has no " + level + " stage"));
    }

    /** Respondents one selected commune yields when its villages and households are large enough. */
    public int respondentsPerCommune() {
        return stage(StageLevel.VILLAGE).perParent() * stage(StageLevel.HOUSEHOLD).perParent();
    }
}
