package vn.thuocdo.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.thuocdo.council.Choice;
import vn.thuocdo.council.Outcome;
import vn.thuocdo.council.Session;
import vn.thuocdo.units.Unit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The council's words and numbers as both screens show them. */
final class CouncilWords {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private CouncilWords() {
    }

    /** Points as written in Vietnam: 85,25 and 1.250,5. */
    /** The round chooser both council screens open with: the task's round when one was named, else the first. */
    static void chooseRound(Component on, com.vaadin.flow.component.select.Select<vn.thuocdo.round.Round> round,
                            List<vn.thuocdo.round.Round> rounds, String chosen) {
        round.setLabel(on.getTranslation("council.round"));
        round.setItems(rounds);
        round.setItemLabelGenerator(r -> r.name() + " (" + r.year() + ")");
        round.setId("council-round");
        round.setWidth("min(32em, 100%)");
        round.setValue(rounds.stream().filter(r -> r.id().equals(chosen)).findFirst().orElse(rounds.get(0)));
    }

    static String points(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }

    static String choice(Component on, Choice choice) {
        return on.getTranslation("council.choice." + choice.name());
    }

    static Span outcome(Component on, Outcome outcome) {
        Span badge = new Span(on.getTranslation("council.outcome." + outcome.name()));
        badge.getElement().getThemeList().add("badge " + switch (outcome) {
            case APPROVED -> "success";
            case SENT_BACK -> "error";
            case UNDECIDED -> "contrast";
        });
        badge.setId("council-outcome");
        return badge;
    }

    static String sessionLine(Component on, Session session) {
        return on.getTranslation("council.session.line", session.number(),
                vn.thuocdo.web.Formats.dateTime(session.openedAt()), vn.thuocdo.web.Formats.dateTime(session.closesAt()),
                session.members());
    }

    static String units(List<String> ids, Map<String, Unit> names) {
        return ids.stream().map(id -> names.containsKey(id) ? names.get(id).name() : id)
                .collect(Collectors.joining(", "));
    }
}
