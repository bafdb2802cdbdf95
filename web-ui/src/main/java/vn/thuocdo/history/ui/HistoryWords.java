package vn.thuocdo.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.thuocdo.history.HistoryRowError;
import vn.thuocdo.history.SeriesPoint;
import vn.thuocdo.history.TargetStatus;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How the history screens word their values: 85,62 with the Vietnamese comma, measures, states, refused rows. */
final class HistoryWords {

    private HistoryWords() {
    }

    static String value(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(2);
        return value == null ? "—" : format.format(value);
    }

    /** sipas → SIPAS, par:2 → PAR INDEX · 2. */
    static String measure(Component in, String measure) {
        if (measure == null) {
            return "";
        }
        int colon = measure.indexOf(':');
        String base = in.getTranslation("history.measure." + (colon < 0 ? measure : measure.substring(0, colon)));
        return colon < 0 ? base : base + " · " + measure.substring(colon + 1);
    }

    /** A value with its published rank and group: "85,62 · hạng 12 · B". */
    static String withRank(Component in, SeriesPoint point) {
        StringBuilder text = new StringBuilder(value(point.value()));
        if (point.rank() != null) {
            text.append(" · ").append(in.getTranslation("history.rank", point.rank()));
        }
        if (point.group() != null) {
            text.append(" · ").append(point.group());
        }
        if (point.ciLow() != null && point.ciHigh() != null) {
            // A recomputed value is an estimate: its 95% interval beside it, as the compilation shows one.
            text.append(' ').append(in.getTranslation("history.interval", value(point.ciLow()),
                    value(point.ciHigh())));
        }
        return text.toString();
    }

    /**
     * Whose value it is when it is not the unit's own published one: a predecessor's, continued or not directly
     * comparable, or the unit's recomputed from the old provinces' microdata (named).
     */
    static String origin(Component in, SeriesPoint point) {
        return switch (point.comparability()) {
            case OWN -> "";
            case CONTINUED -> in.getTranslation("history.continued", point.unitName());
            case NOT_DIRECTLY_COMPARABLE -> in.getTranslation("history.notComparable", point.unitName());
            case RECOMPUTED -> in.getTranslation("history.recomputed", point.unitName());
        };
    }

    static Span state(Component in, TargetStatus status) {
        Span badge = new Span(in.getTranslation("history.state." + status.state()));
        badge.getElement().getThemeList().add(switch (status.state()) {
            case MET -> "badge success";
            case NOT_MET -> "badge error";
            case NO_RESULT -> "badge contrast";
        });
        return badge;
    }

    static String basis(Component in, TargetStatus status) {
        return status.basis() == null ? "—"
                : in.getTranslation("history.basis", value(status.basis().value()), String.valueOf(status.basis().year()));
    }

    /** "Dòng 12 · Giá trị: ..." in the reader's language; a file-wide error is the message alone. */
    static String error(Component in, HistoryRowError error) {
        String text = in.getTranslation(error.key(), error.args().toArray());
        if (error.column() != null) {
            text = in.getTranslation("history.inColumn", error.column(), text);
        }
        return error.row() == 0 ? text : in.getTranslation("frame.atRow", error.row(), text);
    }
}
