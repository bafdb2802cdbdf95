package vn.thuocdo.improvement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.thuocdo.improvement.PlanItem;
import vn.thuocdo.improvement.PlanState;
import vn.thuocdo.web.Badges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the plans' screens word states, items and published values (numbers as Vietnam writes them: 5,4 and 60,0%). */
final class PlanWords {

    private static final DecimalFormatSymbols VIETNAMESE = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"));

    private PlanWords() {
    }

    static Span state(Component on, PlanState state) {
        String tone = switch (state) {
            case DRAFT -> "neutral";
            case SUBMITTED -> "info";
            case SIGNED_OFF -> "success";
            case SUPERSEDED -> "warning";
        };
        return Badges.of(on.getTranslation("improvement.state." + state.name()), tone);
    }

    /** "Lĩnh vực 2 · Xây dựng ...": the item as the unit recognises it. */
    static String item(Component on, PlanItem item) {
        return on.getTranslation("improvement.kind." + item.kind().name(), item.code()) + " · " + item.name();
    }

    /** The published value: PAR points of the maximum with their share, or a SIPAS element's satisfied share. */
    static String value(Component on, PlanItem item) {
        String share = format("0.0", item.share().multiply(BigDecimal.valueOf(100)));
        if (item.points() != null && item.maxPoints() != null) {
            return on.getTranslation("improvement.value.points", format("#,##0.##", item.points()),
                    format("#,##0.##", item.maxPoints()), share);
        }
        return on.getTranslation("improvement.value.share", share);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, VIETNAMESE);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
