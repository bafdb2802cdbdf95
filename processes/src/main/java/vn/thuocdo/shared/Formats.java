package vn.thuocdo.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and counts as people in Vietnam write them, for texts the capabilities compose (notices, mails). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** A count as written in Vietnam: 2.100.000. */
    public static String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(value);
    }
}
