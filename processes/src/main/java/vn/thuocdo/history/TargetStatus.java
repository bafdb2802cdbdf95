package vn.thuocdo.history;

/**
 * A target against the results: met or not by the latest value of the unit (its own or continued) in or before the
 * target year, {@code basis}; no such value is {@link State#NO_RESULT} ("chưa có kết quả").
 */
public record TargetStatus(UnitTarget target, State state, SeriesPoint basis) {

    public enum State { MET, NOT_MET, NO_RESULT }
}
