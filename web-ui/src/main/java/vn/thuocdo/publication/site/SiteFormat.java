package vn.thuocdo.publication.site;

import vn.thuocdo.forms.Text;
import vn.thuocdo.shared.TimeZones;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as the page's reader writes them: 86,98 and 650.000 in Vietnamese, 86.98 and 650,000 in English;
 * dates dd/MM/yyyy in Asia/Ho_Chi_Minh in both. Used from the templates as {@code fmt}.
 */
final class SiteFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(TimeZones.VIETNAM);
    private final Locale locale;

    SiteFormat(SiteLanguage language) {
        this.locale = language.locale;
    }

    /** A percentage with two decimals ("86,98"); a dash when there is none. */
    public String percent(Double value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : percent(value.doubleValue());
    }

    /** Points with up to two decimals. */
    public String points(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /** A whole number with thousands separators: 650.000. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String date(Instant at) {
        return at == null ? "—" : DATE.format(at);
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "—" : day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A methodology text in the reader's language (Vietnamese when it has no English). */
    public String text(Text text) {
        return text == null ? "" : "en".equals(locale.getLanguage()) && text.en() != null ? text.en() : text.vi();
    }
}
