package vn.thuocdo.round;

import vn.thuocdo.sampling.SamplingState;

import java.time.Instant;
import java.time.LocalDate;

/** One participant's row on the round dashboard. */
public record UnitProgress(String unitId, String unitCode, String unitName, SamplingState sampling,
                           LocalDate due, Instant submittedAt, boolean submittedLate, boolean overdue) {
}
