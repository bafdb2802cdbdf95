package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.thuocdo.assessment.ValueChange;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.Notices;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The "Lịch sử" of one sub-criterion, on the self, appraise and explain screens: a button opening a dialog with every
 * value it ever had (self, appraised, explained, final), newest first, each with its points, answer, note or reason,
 * who by name and when. Read when opened, from the append-only history, so it is never stale nor loaded for a
 * hundred sub-criteria at once.
 */
class ValueTimeline extends Button {

    private final SubCriterion sub;
    private final Supplier<List<ValueChange>> history;
    Dialog dialog;

    ValueTimeline(SubCriterion sub, Supplier<List<ValueChange>> history) {
        super(VaadinIcon.TIME_BACKWARD.create());
        this.sub = sub;
        this.history = history;
        setText(getTranslation("assessment.timeline.open"));
        setId("timeline-open-" + sub.code());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> open());
    }

    void open() {
        List<ValueChange> changes;
        try {
            changes = new ArrayList<>(history.get());
        } catch (Rejected refused) {
            Notices.refused(refused);
            return;
        }
        Collections.reverse(changes);
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assessment.timeline.title", sub.code()));
        dialog.setWidth("min(48em, 100vw)");
        Div list = new Div();
        list.setId("timeline-" + sub.code());
        if (changes.isEmpty()) {
            list.add(new Paragraph(getTranslation("assessment.timeline.empty")));
        }
        for (ValueChange change : changes) {
            list.add(entry(change));
        }
        dialog.add(list);
        Button close = new Button(getTranslation("assessment.evidence.close"), c -> dialog.close());
        close.setId("timeline-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Div entry(ValueChange change) {
        Div entry = new Div();
        entry.setId("timeline-entry-" + change.id());
        entry.addClassName("td-card");
        entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Span kind = new Span(getTranslation("assessment.kind." + change.kind().name()));
        kind.getStyle().set("font-weight", "600");
        String points = change.points() == null ? ""
                : " · " + getTranslation("assessment.points", AssessmentWords.points(change.points()));
        Span who = new Span(getTranslation("assessment.timeline.who", change.byName() == null ? change.byUser()
                : change.byName(), Formats.dateTime(change.at())));
        who.addClassName("td-muted");
        Div head = new Div(kind, new Span(points + " · "), who);
        entry.add(head);
        if (change.answer() != null) {
            entry.add(new Div(new Span(getTranslation("assessment.timeline.answer",
                    AssessmentWords.answer(this, sub, change.score())))));
        }
        if (change.note() != null) {
            Div note = new Div(new Span(getTranslation("assessment.timeline.note." + change.kind().name(),
                    change.note())));
            note.getStyle().set("white-space", "pre-wrap");
            entry.add(note);
        }
        return entry;
    }
}
