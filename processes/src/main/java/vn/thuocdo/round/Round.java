package vn.thuocdo.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One year's evaluation round. */
public record Round(String id, int year, String name, RoundLevel level, String organiserUnitId,
                    String samplingForm, LocalDate samplingDue, RoundState state, String processInstanceId,
                    String createdBy, Instant createdAt, String launchedBy, Instant launchedAt,
                    List<String> participants) {
}
