package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.CallBackList;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.FlagItem;
import vn.thuocdo.fieldwork.FlagState;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.QualityFlags;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.ui.ReasonDialog;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.List;

/**
 * The supervisor's quality flags: each with its rule in plain words and the evidence with its figures ("Phỏng vấn
 * kéo dài 5,0 phút, dưới mức tối thiểu 8,0 phút"), cleared or upheld with a reason. Open flags first; the decided
 * ones on demand, each with who decided, when and why.
 */
@Route(value = QualityFlagsView.ROUTE, layout = MainLayout.class)
@PageTitle("Cảnh báo chất lượng · Thước Đo")
@RolesAllowed("fieldwork-supervisor")
public class QualityFlagsView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/flags";

    private final QualityFlags flags;
    private final CallBackList callBacks;
    private final Actor actor;
    private final List<FieldworkRound> rounds;
    final Select<FieldworkRound> round = new Select<>();
    final Checkbox openOnly = new Checkbox();
    final Div part = new Div();
    Grid<FlagItem> grid;
    private Questionnaire questionnaire;

    QualityFlagsView(QualityFlags flags, CallBackList callBacks, CurrentActor actor) {
        this.flags = flags;
        this.callBacks = callBacks;
        this.actor = actor.get();
        add(new H2(getTranslation("fwchk.flags.title")));
        rounds = flags.rounds(this.actor);
        if (rounds.isEmpty()) {
            add(CheckScreens.none("fwchk.noRounds"));
            return;
        }
        RoundChoice.setUp(round, "fwchk.round", "fwchk-round", rounds, FieldworkRound::id, FieldworkRound::name, ROUTE,
                r -> show());
        openOnly.setLabel(getTranslation("fwchk.flags.openOnly"));
        openOnly.setValue(true);
        openOnly.setId("fwchk-open-only");
        openOnly.addValueChangeListener(e -> show());
        part.setWidthFull();
        add(new Paragraph(getTranslation("fwchk.flags.explain")), round, openOnly, part);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds, FieldworkRound::id);
    }

    void show() {
        part.removeAll();
        FieldworkRound chosen = round.getValue();
        if (chosen == null) {
            return;
        }
        List<FlagItem> items;
        try {
            items = flags.ofBranch(actor, chosen.id(), openOnly.getValue());
            questionnaire = callBacks.keyQuestions(actor, chosen.id()).questionnaire();
        } catch (Rejected refused) {
            part.add(CheckScreens.refusal(refused));
            return;
        }
        if (items.isEmpty()) {
            part.add(CheckScreens.none(openOnly.getValue() ? "fwchk.flags.empty" : "fwchk.flags.emptyAll"));
            return;
        }
        grid = new Grid<>();
        grid.setId("fwchk-flags");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::who).setHeader(getTranslation("fwchk.col.enumerator")).setFlexGrow(2);
        grid.addComponentColumn(this::rule).setHeader(getTranslation("fwchk.col.rule")).setFlexGrow(2);
        grid.addComponentColumn(this::evidence).setHeader(getTranslation("fwchk.col.evidence")).setFlexGrow(3);
        grid.addComponentColumn(this::decision).setHeader(getTranslation("fwchk.col.state")).setWidth("12rem")
                .setFlexGrow(1);
        grid.setItems(items);
        CheckScreens.fit(grid, items.size());
        part.add(grid);
    }

    /** The enumerator, and under the name the household's commune and village. */
    private Div who(FlagItem flag) {
        Span place = new Span(flag.villageName() == null ? flag.communeName()
                : flag.communeName() + " · " + flag.villageName());
        place.addClassName("td-muted");
        return lines(new Span(flag.enumeratorName() == null ? flag.enumerator() : flag.enumeratorName()), place);
    }

    /** The rule by its short name (the design's whole label on hover), and when it fired. */
    private Div rule(FlagItem flag) {
        Span name = new Span(CheckWords.rule(this, flag.rule(), flag.ruleLabel()));
        if (flag.ruleLabel() != null) {
            name.setTitle(flag.ruleLabel().in(getLocale()));
        }
        Span raised = new Span(Formats.dateTime(flag.raisedAt()));
        raised.addClassName("td-muted");
        return lines(name, raised);
    }

    private static Div lines(Span... spans) {
        Div box = new Div();
        for (Span span : spans) {
            span.getStyle().set("display", "block");
            box.add(span);
        }
        return box;
    }

    private Span evidence(FlagItem flag) {
        return new Span(CheckWords.evidence(this, flag, questionnaire));
    }

    private Div decision(FlagItem flag) {
        Div box = new Div(CheckWords.state(this, flag.state()));
        if (flag.state() == FlagState.OPEN) {
            Button clear = new Button(getTranslation("fwchk.flags.clear"), e -> decide(flag, false));
            clear.setId("fwchk-clear-" + flag.id());
            Button uphold = new Button(getTranslation("fwchk.flags.uphold"), e -> decide(flag, true));
            uphold.addThemeVariants(ButtonVariant.LUMO_ERROR);
            uphold.setId("fwchk-uphold-" + flag.id());
            HorizontalLayout buttons = new HorizontalLayout(clear, uphold);
            buttons.setSpacing(true);
            buttons.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-xs)");
            box.add(buttons);
        } else {
            Span why = new Span(getTranslation("fwchk.flags.decision", flag.decidedBy(),
                    Formats.dateTime(flag.decidedAt()), flag.reason()));
            why.addClassName("td-muted");
            why.getStyle().set("display", "block");
            box.add(why);
        }
        return box;
    }

    ReasonDialog decide(FlagItem flag, boolean uphold) {
        String name = CheckWords.rule(this, flag.rule(), flag.ruleLabel());
        ReasonDialog dialog = new ReasonDialog(getTranslation(uphold ? "fwchk.flags.upholdTitle"
                : "fwchk.flags.clearTitle", name), null, (date, reason) -> {
            FlagItem decided = uphold ? flags.uphold(actor, flag.id(), reason) : flags.clear(actor, flag.id(), reason);
            Notices.success(getTranslation(!uphold ? "fwchk.flags.cleared"
                    : decided.interviewState() == InterviewState.REJECTED && flag.interviewState()
                    == InterviewState.COMPLETED ? "fwchk.flags.upheldReturned" : "fwchk.flags.upheld"));
        }, this::show);
        dialog.open();
        return dialog;
    }
}
