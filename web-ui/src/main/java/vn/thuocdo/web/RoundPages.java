package vn.thuocdo.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import vn.thuocdo.shared.Rejected;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The opening of a screen about one round among those its reader may see (the compilation's review, the
 * publication): the title, then the round its task names when opened from the inbox, else {@code ?round=}, else the
 * first; a task that is not theirs (or gone) is said instead, and no round at all is an empty state.
 */
public final class RoundPages {

    private RoundPages() {
    }

    /**
     * Fills {@code view} and selects the round (its value-change listener shows the rest). {@code roundOfTask} reads
     * the task's round, refusing with {@link Rejected}; {@code idOf} a round's id (generic, so this shared package
     * does not depend on the round capability); {@code noRound} is the empty state's id and message key.
     */
    public static <R> void open(VerticalLayout view, String titleKey, String taskId,
                                Function<String, String> roundOfTask, BeforeEvent event, Select<R> round,
                                Supplier<List<R>> rounds, Function<R, String> idOf, String noRoundId,
                                String noRoundKey) {
        view.removeAll();
        String title = view.getTranslation(titleKey);
        view.add(new H2(title));
        String chosen;
        try {
            chosen = taskId != null ? roundOfTask.apply(taskId)
                    : event.getLocation().getQueryParameters().getSingleParameter("round").orElse(null);
        } catch (Rejected refused) {
            view.add(new TaskRefusal(title, refused));
            return;
        }
        List<R> visible = rounds.get();
        if (visible.isEmpty()) {
            view.add(callout(noRoundId, view.getTranslation(noRoundKey)));
            return;
        }
        round.setItems(visible);
        view.add(round);
        round.setValue(visible.stream().filter(r -> idOf.apply(r).equals(chosen)).findFirst().orElse(visible.get(0)));
    }

    /** A neutral callout: an empty state or a fact, with its id for tests and styles. */
    public static Div callout(String id, String text) {
        Div box = new Div(new Paragraph(text));
        box.addClassNames("td-callout", "neutral");
        box.setId(id);
        return box;
    }
}
