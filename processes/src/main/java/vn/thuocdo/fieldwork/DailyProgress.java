package vn.thuocdo.fieldwork;

import java.time.LocalDate;

/** Interviews that ended on one day in Vietnam, and all of them up to that day. */
public record DailyProgress(LocalDate day, long interviews, long cumulative) {
}
