package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import vn.thuocdo.round.Round;

import java.util.List;

/** A survey page's round: the one named by {@code ?round=<id>} (a link, a bookmark), else the newest offered. */
final class RoundChoice {

    private RoundChoice() {
    }

    static void apply(BeforeEnterEvent event, Select<Round> select, List<Round> rounds) {
        if (rounds.isEmpty()) {
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("round").orElse(null);
        select.setValue(rounds.stream().filter(r -> r.id().equals(wanted)).findFirst().orElse(rounds.get(0)));
    }
}
