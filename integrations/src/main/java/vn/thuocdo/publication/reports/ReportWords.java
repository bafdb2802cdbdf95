package vn.thuocdo.publication.reports;

import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.shared.PdfText;
import vn.thuocdo.shared.TimeZones;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reports' wording, from the application's Vietnamese bundle (keys {@code publication.report.*}; the published
 * documents are in Vietnamese whoever publishes), and their figures as Vietnamese readers write them: 88,37%,
 * 650.000, dates dd/MM/yyyy in Vietnam's time. Every text composed (NFC) for the fonts.
 */
final class ReportWords {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(TimeZones.VIETNAM);

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, VIETNAMESE);

    String say(String key, Object... args) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        // As Vaadin does: a text without arguments is not a MessageFormat pattern (apostrophes stay).
        return PdfText.nfc(args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args));
    }

    /** A note stored as a message key (compilation.note.*), in words; any other text as it is. */
    String note(String note) {
        return note == null ? "" : bundle.containsKey(note) ? say(note) : PdfText.nfc(note);
    }

    static String date(Instant at) {
        return DATE.format(at);
    }

    /** A share 0..1 as a percentage with two decimals: 0,8837 → "88,37%". */
    static String share(Double share) {
        return share == null ? "—" : percent(share * 100);
    }

    static String percent(Double percent) {
        return percent == null ? "—" : VietnameseFormats.fixed(BigDecimal.valueOf(percent), 2) + "%";
    }

    static String points(BigDecimal points) {
        return points == null ? "—" : VietnameseFormats.number(points.setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros());
    }

    static String count(Long n) {
        return n == null ? "—" : VietnameseFormats.number(n);
    }

    /** A change in percentage points, signed: "+1,25", "-0,40", "0,00". */
    static String change(double points) {
        String magnitude = VietnameseFormats.fixed(BigDecimal.valueOf(Math.abs(points)), 2);
        return points > 0.005 ? "+" + magnitude : points < -0.005 ? "-" + magnitude : magnitude;
    }

    static String text(String value) {
        return PdfText.nfc(value);
    }
}
