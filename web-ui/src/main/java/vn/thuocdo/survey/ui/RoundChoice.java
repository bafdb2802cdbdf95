package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.round.Round;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A page's round: the one named by {@code ?round=<id>} (a link, a bookmark), else the newest offered. Survey pages
 * offer {@link Round}s; other capabilities (fieldwork) offer their own round records by id and name.
 */
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
        setUp(select, labelKey, id, rounds, Round::id, Round::name, route, show);
    }

    public static <R> void setUp(Select<R> select, String labelKey, String id, List<R> rounds,
                                 Function<R, String> idOf, Function<R, String> nameOf, String route,
                                 Consumer<R> show) {
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(rounds);
        select.setItemLabelGenerator(nameOf::apply);
        select.setId(id);
        select.setWidth("min(30em, 100%)");
        select.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            show.accept(e.getValue());
            if (e.isFromClient()) {
                select.getUI().ifPresent(ui -> ui.navigate(route,
                        QueryParameters.of("round", idOf.apply(e.getValue()))));
            }
        });
    }

    public static void apply(BeforeEnterEvent event, Select<Round> select, List<Round> rounds) {
        apply(event, select, rounds, Round::id);
    }

    public static <R> void apply(BeforeEnterEvent event, Select<R> select, List<R> rounds, Function<R, String> idOf) {
        if (rounds.isEmpty()) {
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("round").orElse(null);
        select.setValue(rounds.stream().filter(r -> Objects.equals(idOf.apply(r), wanted)).findFirst()
                .orElse(rounds.get(0)));
    }
}
