package vn.thuocdo.forms;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Answers as read-only screens and exports show them: 650.000, 10,5 and dd/MM/yyyy, whatever the reader's language. */
public final class VietnameseFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private VietnameseFormats() {
    }

    public static String number(long value) {
        return format().format(value);
    }

    public static String number(BigDecimal value) {
        return format().format(value);
    }

    /** With exactly {@code decimals} digits after the comma ("273,0", "302,2"), so a column of figures lines up. */
    public static String fixed(BigDecimal value, int decimals) {
        DecimalFormat format = format();
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value.setScale(decimals, java.math.RoundingMode.HALF_UP));
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    // DecimalFormat is not thread-safe: one per call is cheap next to a screen.
    private static DecimalFormat format() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        format.setParseBigDecimal(true);
        return format;
    }
}
