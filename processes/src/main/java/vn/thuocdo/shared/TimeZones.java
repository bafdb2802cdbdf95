package vn.thuocdo.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates people see and deadlines they meet are Vietnamese dates, whatever the server's zone. */
public final class TimeZones {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private TimeZones() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** The last second of a due day in Vietnam: a deadline met on that day, whatever the server's zone. */
    public static java.util.Date endOf(LocalDate day) {
        return java.util.Date.from(day.atTime(23, 59, 59).atZone(VIETNAM).toInstant());
    }
}
