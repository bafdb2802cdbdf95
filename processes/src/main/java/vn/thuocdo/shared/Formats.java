package vn.thuocdo.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people in Vietnam write them, for texts the capabilities compose (notices, mails). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }
}
