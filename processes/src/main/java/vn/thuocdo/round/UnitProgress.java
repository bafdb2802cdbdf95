package vn.thuocdo.round;

import java.time.LocalDate;
import java.util.Map;

/** One participant's row on the round dashboard: its status in each stage reached so far. */
public record UnitProgress(String unitId, String unitCode, String unitName, Map<String, StageStatus> stages,
                           boolean overdue) {

    public StageStatus stage(String key) {
        return stages.get(key);
    }

    static boolean anyOverdue(Map<String, StageStatus> stages, LocalDate today) {
        return stages.values().stream().anyMatch(s -> s.overdueOn(today));
    }
}
