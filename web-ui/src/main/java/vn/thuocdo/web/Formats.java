package vn.thuocdo.web;

import vn.thuocdo.shared.TimeZones;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people in Vietnam write them: dd/MM/yyyy, times in Asia/Ho_Chi_Minh. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeZones.VIETNAM);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return vn.thuocdo.shared.Formats.date(date);
    }

    /** A count as written in Vietnam: 650.000. */
    public static String number(long value) {
        return vn.thuocdo.shared.Formats.number(value);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }
}
