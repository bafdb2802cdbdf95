package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.round.Round;

import java.util.List;
import java.util.function.Consumer;

/** A survey page's round: the one named by {@code ?round=<id>} (a link, a bookmark), else the newest offered. */
// Shared with the fieldwork screens (the tablet form, the second entry of paper forms).
@NamedInterface("screens")
public final class RoundChoice {

    private RoundChoice() {
    }

    /**
     * The page's round select: labelled, the rounds offered by name, the chosen one shown with {@code show}; a round
     * the person picks is put in the address ({@code ?round=}), so a reload or a bookmark keeps it.
     */
    public static void setUp(Select<Round> select, String labelKey, String id, List<Round> rounds, String route,
                      Consumer<Round> show) {
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(rounds);
        select.setItemLabelGenerator(Round::name);
        select.setId(id);
        select.setWidth("min(30em, 100%)");
        select.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            show.accept(e.getValue());
            if (e.isFromClient()) {
                select.getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.of("round", e.getValue().id())));
            }
        });
    }

    public static void apply(BeforeEnterEvent event, Select<Round> select, List<Round> rounds) {
        if (rounds.isEmpty()) {
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("round").orElse(null);
        select.setValue(rounds.stream().filter(r -> r.id().equals(wanted)).findFirst().orElse(rounds.get(0)));
    }
}
