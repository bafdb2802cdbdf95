package vn.thuocdo.round;

import org.springframework.stereotype.Component;
import vn.thuocdo.shared.Rejected;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The later stages of the year, from their beans, in their order; checked once at start. */
@Component
public class RoundStages {

    private final List<RoundStage> stages;

    RoundStages(List<RoundStage> stages) {
        this.stages = stages.stream().sorted(Comparator.comparingInt(RoundStage::order)).toList();
        Set<String> keys = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (RoundStage stage : this.stages) {
            // Two beans for one stage (a capability that took a stage over without removing the placeholder)
            // would give the round two deadlines for one call activity: stop the start instead.
            if (!keys.add(stage.key()) || !orders.add(stage.order())) {
                throw new IllegalStateException("Two round stages share the key or order of " + stage);
            }
        }
    }

    /** Every later stage, in the year's order. */
    public List<RoundStage> all() {
        return stages;
    }

    public Optional<RoundStage> find(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The stage of a key a caller sent, refused by name when there is none. */
    public RoundStage require(String key) {
        return find(key).orElseThrow(() -> new Rejected("round.unknownStage", String.valueOf(key)));
    }

    /**
     * The year's stages follow one another: each deadline that is set falls on or after the sampling deadline and
     * every earlier stage's deadline. A stage without one keeps its place. A key no stage has is refused.
     */
    void requireInOrder(LocalDate samplingDue, Map<String, LocalDate> schedule) {
        schedule.keySet().forEach(this::require);
        LocalDate previous = samplingDue;
        String previousStage = "sampling";
        for (RoundStage stage : stages) {
            LocalDate due = schedule.get(stage.key());
            if (due == null) {
                continue;
            }
            if (previous != null && due.isBefore(previous)) {
                throw new Rejected("round.scheduleOutOfOrder", stage.key(), previousStage);
            }
            previous = due;
            previousStage = stage.key();
        }
    }
}
