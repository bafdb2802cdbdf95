package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.CallBackDifference;
import vn.thuocdo.fieldwork.CallBackItem;
import vn.thuocdo.fieldwork.CallBackList;
import vn.thuocdo.fieldwork.CallBackOutcome;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.KeyQuestions;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The supervisor's call-backs (phúc tra): the branch's interviews the design's share drew, still to call first;
 * each recorded in a dialog (reached or not, the visit confirmed, the key questions asked again). A recorded one
 * opens to what the household said. Works on a tablet: few columns, large buttons.
 */
@Route(value = CallBacksView.ROUTE, layout = MainLayout.class)
@PageTitle("Phúc tra · Thước Đo")
@RolesAllowed("fieldwork-supervisor")
public class CallBacksView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/callbacks";

    private final CallBackList callBacks;
    private final Actor actor;
    private final Clock clock;
    private final List<FieldworkRound> rounds;
    final Select<FieldworkRound> round = new Select<>();
    final Div part = new Div();
    Grid<CallBackItem> grid;
    KeyQuestions keys;

    CallBacksView(CallBackList callBacks, CurrentActor actor, Clock clock) {
        this.callBacks = callBacks;
        this.actor = actor.get();
        this.clock = clock;
        add(new H2(getTranslation("fwchk.callbacks.title")));
        rounds = callBacks.rounds(this.actor);
        if (rounds.isEmpty()) {
            add(CheckScreens.none("fwchk.noRounds"));
            return;
        }
        RoundChoice.setUp(round, "fwchk.round", "fwchk-round", rounds, FieldworkRound::id, FieldworkRound::name, ROUTE,
                this::show);
        part.setWidthFull();
        add(new Paragraph(getTranslation("fwchk.callbacks.explain")), round, part);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds, FieldworkRound::id);
    }

    void show(FieldworkRound chosen) {
        part.removeAll();
        List<CallBackItem> items;
        try {
            items = callBacks.ofBranch(actor, chosen.id());
            keys = callBacks.keyQuestions(actor, chosen.id());
        } catch (Rejected refused) {
            part.add(CheckScreens.refusal(refused));
            return;
        }
        if (items.isEmpty()) {
            part.add(CheckScreens.none("fwchk.callbacks.empty"));
            return;
        }
        grid = new Grid<>();
        grid.setId("fwchk-callbacks");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::household).setHeader(getTranslation("fwchk.col.household")).setFlexGrow(3);
        grid.addColumn(CallBackItem::enumeratorName).setHeader(getTranslation("fwchk.col.enumerator")).setFlexGrow(2);
        grid.addColumn(c -> Formats.date(c.drawnAt().atZone(TimeZones.VIETNAM).toLocalDate()))
                .setHeader(getTranslation("fwchk.col.drawn")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> CheckWords.outcome(this, c.outcome()))
                .setHeader(getTranslation("fwchk.col.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::action).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setItems(items);
        CheckScreens.fit(grid, items.size());
        part.add(grid);
    }

    String household(CallBackItem c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.communeName());
        if (c.villageName() != null) {
            parts.add(c.villageName());
        }
        if (c.household() != null) {
            parts.add(c.household());
        } else if (c.householdPosition() != null) {
            parts.add(getTranslation("fwchk.household.position", String.valueOf(c.householdPosition())));
        }
        return String.join(" · ", parts);
    }

    private Button action(CallBackItem item) {
        Button record = new Button(getTranslation("fwchk.callbacks.record"), e -> open(item));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("fwchk-record-" + item.interviewId());
        record.setVisible(item.pending());
        return record;
    }

    CallBackDialog open(CallBackItem item) {
        CallBackDialog dialog = new CallBackDialog(item, household(item), keys, clock,
                answer -> callBacks.record(actor, item.interviewId(), item.version(), answer),
                saved -> {
                    Notices.success(getTranslation("fwchk.callbacks.saved." + saved.outcome().name()));
                    show(round.getValue());
                });
        dialog.open();
        return dialog;
    }

    private Div details(CallBackItem item) {
        Div box = new Div();
        box.addClassName("td-muted");
        if (item.outcome() == null) {
            return box;
        }
        if (item.outcome() == CallBackOutcome.MISMATCH && Boolean.FALSE.equals(item.visitConfirmed())) {
            box.add(new Paragraph(getTranslation("fwchk.callbacks.visitDenied")));
        }
        for (CallBackDifference d : item.differences()) {
            box.add(new Paragraph(getTranslation("fwchk.callbacks.difference",
                    CheckWords.questionLabel(this, keys.questionnaire(), d.questionId()),
                    CheckWords.answer(this, keys.questionnaire(), d.questionId(), d.interview()),
                    CheckWords.answer(this, keys.questionnaire(), d.questionId(), d.callBack()))));
        }
        if (item.outcome() == CallBackOutcome.CONFIRMED) {
            box.add(new Paragraph(getTranslation("fwchk.callbacks.allMatch")));
        }
        if (item.note() != null) {
            box.add(new Paragraph(item.note()));
        }
        box.add(new Span(getTranslation("fwchk.callbacks.recordedBy", item.recordedBy(),
                Formats.dateTime(item.recordedAt()))));
        return box;
    }
}
