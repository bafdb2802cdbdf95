package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.round.Round;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A page's round: the one named by {@code ?round=<id>} (a link, a bookmark), else the newest offered. Works for any
 * type a capability offers its rounds as ({@link Round}, fieldwork's own), given its name and id.
 */
@NamedInterface("round-choice")
public final class RoundChoice {

    private RoundChoice() {
    }

    /**
     * The page's round select: labelled, the rounds offered by name, the chosen one shown with {@code show}; a round
     * the person picks is put in the address ({@code ?round=}), so a reload or a bookmark keeps it.
     */
    static void setUp(Select<Round> select, String labelKey, String id, List<Round> rounds, String route,
                      Consumer<Round> show) {
        setUp(select, labelKey, id, rounds, Round::name, Round::id, route, show);
    }

    static void apply(BeforeEnterEvent event, Select<Round> select, List<Round> rounds) {
        apply(event, select, rounds, Round::id);
    }

    /** As {@link #setUp(Select, String, String, List, String, Consumer)} for rounds of another type. */
    public static <R> void setUp(Select<R> select, String labelKey, String id, List<R> rounds,
                                 Function<R, String> name, Function<R, String> idOf, String route, Consumer<R> show) {
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(rounds);
        select.setItemLabelGenerator(name::apply);
        select.setId(id);
        select.setWidth("min(30em, 100%)");
        select.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            show.accept(e.getValue());
            if (e.isFromClient()) {
                select.getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.of("round", idOf.apply(e.getValue()))));
            }
        });
    }

    /** As {@link #apply(BeforeEnterEvent, Select, List)} for rounds of another type. */
    public static <R> void apply(BeforeEnterEvent event, Select<R> select, List<R> rounds, Function<R, String> idOf) {
        if (rounds.isEmpty()) {
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("round").orElse(null);
        select.setValue(rounds.stream().filter(r -> idOf.apply(r).equals(wanted)).findFirst().orElse(rounds.get(0)));
    }
}
