package vn.thuocdo.compilation.ui;

import com.vaadin.flow.component.Component;
import vn.thuocdo.compilation.IndexResult;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The compiled numbers as people read them in Vietnam: 82,4% (79,1-85,7), 85,25 điểm, 1.250,5. */
final class IndexWords {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private IndexWords() {
    }

    /** A share 0..1 as a percentage with one decimal and its 95% interval; the note's words without an estimate. */
    static String sipas(Component on, IndexResult r) {
        if (r == null) {
            return "";
        }
        if (!r.sufficient()) {
            return on.getTranslation(IndexResult.INSUFFICIENT);
        }
        String value = share(r.estimate()) + "%";
        return r.ciLow() == null ? value : value + " (" + share(r.ciLow()) + "-" + share(r.ciHigh()) + ")";
    }

    /** A rank with its 95% interval over the bootstrap replicates: "5 (4-7)"; the rank alone without one. */
    static String rank(Component on, IndexResult r) {
        if (r == null || r.rank() == null) {
            return "";
        }
        return r.hasRankInterval()
                ? on.getTranslation("compilation.rank.interval", r.rank(), r.rankLow(), r.rankHigh())
                : String.valueOf(r.rank());
    }

    /** SIPAS with its interval and, for a ranked province, " · hạng 5 (4-7)". */
    static String sipasRanked(Component on, IndexResult r) {
        String value = sipas(on, r);
        return r == null || r.rank() == null ? value
                : value + " · " + on.getTranslation("compilation.rank.sipas", rank(on, r));
    }

    static String share(double value) {
        return format("#,##0.0", value * 100);
    }

    static String points(BigDecimal value) {
        return value == null ? "—" : format("#,##0.##", value);
    }

    static String percent(Double value) {
        return value == null ? "—" : format("#,##0.00", value) + "%";
    }

    static String weight(Double value) {
        return value == null ? "—" : format("#,##0", value);
    }

    private static String format(String pattern, Object value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }
}
