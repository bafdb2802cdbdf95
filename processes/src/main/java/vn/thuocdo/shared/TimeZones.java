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
}
