package vn.thuocdo.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import vn.thuocdo.history.RecomputableRound;
import vn.thuocdo.history.RecomputedSipas;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.Notices;

import java.util.List;

/**
 * The new provinces' SIPAS recomputed from a pre-merger round's microdata: done after each publication of such a
 * round; here the coordinating ministry asks for it again, for a round published before the system did it.
 */
class RecomputePanel extends VerticalLayout {

    private final RecomputedSipas recomputed;
    private final Actor actor;
    private final Runnable changed;
    final Select<RecomputableRound> round = new Select<>();
    final Button recompute = new Button();
    final Paragraph empty = new Paragraph();

    RecomputePanel(RecomputedSipas recomputed, Actor actor, Runnable changed) {
        this.recomputed = recomputed;
        this.actor = actor;
        this.changed = changed;
        setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("history.recompute.intro"));
        intro.addClassName("td-muted");
        round.setId("recompute-round");
        round.setLabel(getTranslation("history.recompute.round"));
        round.setItemLabelGenerator(this::label);
        round.setWidth("32em");
        recompute.setId("recompute");
        recompute.setText(getTranslation("history.recompute.button"));
        recompute.addClickListener(e -> recompute());
        recompute.setEnabled(false);
        round.addValueChangeListener(e -> recompute.setEnabled(e.getValue() != null));
        empty.setId("recompute-empty");
        empty.setText(getTranslation("history.recompute.none"));
        empty.addClassNames("td-callout", "info");
        HorizontalLayout row = new HorizontalLayout(round, recompute);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(intro, empty, row);
        refresh();
    }

    private String label(RecomputableRound r) {
        String state = getTranslation(r.published() ? "history.recompute.published" : "history.recompute.unpublished");
        String last = r.recomputedAt() == null ? getTranslation("history.recompute.never")
                : getTranslation("history.recompute.last", Formats.dateTime(r.recomputedAt()), r.provinces());
        return r.name() + " · " + state + " · " + last;
    }

    private void recompute() {
        RecomputableRound chosen = round.getValue();
        if (chosen == null) {
            return;
        }
        try {
            int provinces = recomputed.recompute(chosen.roundId(), actor);
            Notices.success(provinces == 0 ? getTranslation("history.recompute.nothing", chosen.name())
                    : getTranslation("history.recompute.done", provinces, chosen.name()));
            refresh();
            changed.run();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }

    void refresh() {
        List<RecomputableRound> rounds = recomputed.rounds(actor);
        String chosen = round.getValue() == null ? null : round.getValue().roundId();
        round.setItems(rounds);
        rounds.stream().filter(r -> r.roundId().equals(chosen)).findFirst().ifPresent(round::setValue);
        empty.setVisible(rounds.isEmpty());
        round.setVisible(!rounds.isEmpty());
        recompute.setVisible(!rounds.isEmpty());
    }
}
