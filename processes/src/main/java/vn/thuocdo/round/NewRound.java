package vn.thuocdo.round;

import java.time.LocalDate;
import java.util.List;

/** What a coordinator decides when preparing a round. */
public record NewRound(int year, String name, RoundLevel level, List<String> unitIds, String samplingForm,
                       LocalDate samplingDue) {
}
