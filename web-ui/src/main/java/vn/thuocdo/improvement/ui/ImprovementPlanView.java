package vn.thuocdo.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.improvement.ImprovementPlan;
import vn.thuocdo.improvement.ImprovementPlans;
import vn.thuocdo.improvement.PlanChange;
import vn.thuocdo.improvement.PlanEntry;
import vn.thuocdo.improvement.PlanState;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;
import vn.thuocdo.web.TextLimits;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's improvement plan (the tasks "Lập kế hoạch khắc phục" and the leader's sign-off): the chosen items with
 * their published values, the officers' measures while they draft, the leader's sign-off or return with a reason, and
 * read-only after; a signed-off plan is changed only as a new version with its reason. Opened from the task
 * ({@code improvement/plan/<taskId>}), from the coordinator's list ({@code ?plan=<id>}) or, for the unit's people,
 * on their newest plan.
 */
@Route(value = ImprovementPlanView.ROUTE, layout = MainLayout.class)
@PageTitle("Kế hoạch khắc phục · Thước Đo")
@RolesAllowed({"provincial-officer", "unit-leader", "ministry-coordinator"})
public class ImprovementPlanView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ROUTE = "improvement/plan";

    private final ImprovementPlans plans;
    private final Tasks tasks;
    private final Actor actor;
    final List<PlanItemEditor> editors = new ArrayList<>();
    final Button save = new Button();
    final Button submit = new Button();
    final Button signOff = new Button();
    final Button sendBack = new Button();
    final Button revise = new Button();
    final TextArea reason = new TextArea();
    ImprovementPlan plan;

    ImprovementPlanView(ImprovementPlans plans, Tasks tasks, CurrentActor currentActor) {
        this.plans = plans;
        this.tasks = tasks;
        this.actor = currentActor.get();
        setMaxWidth("1100px");
        // Listeners once: the actions are shown again after each decision, never wired again.
        save.addClickListener(e -> entered().ifPresent(entries -> act(
                () -> plans.save(actor, plan.id(), plan.rowVersion(), entries), "improvement.saved")));
        submit.addClickListener(e -> entered().ifPresent(entries -> act(
                () -> plans.submit(actor, plan.id(), plan.rowVersion(), entries), "improvement.submitted")));
        signOff.addClickListener(e -> act(() -> plans.signOff(actor, plan.id()), "improvement.signedOff"));
        sendBack.addClickListener(e -> act(() -> plans.sendBack(actor, plan.id(), reason.getValue()),
                "improvement.returned"));
        revise.addClickListener(e -> {
            try {
                ImprovementPlan next = plans.revise(actor, plan.id(), reason.getValue());
                Notices.success(getTranslation("improvement.revised", next.version()));
                getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(Map.of("plan", next.id()))));
            } catch (Rejected refused) {
                Notices.refused(refused);
            }
        });
        TextLimits.count(reason, ImprovementPlans.MAX_REASON);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        removeAll();
        try {
            Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter("plan");
            Optional<ImprovementPlan> found;
            if (taskId != null && !taskId.isBlank()) {
                WorkItem item = tasks.open(taskId, actor, ROUTE);
                found = plans.newest(actor, item.roundId(), item.unitId());
            } else if (wanted.isPresent()) {
                found = Optional.of(plans.plan(actor, wanted.get()));
            } else if (!actor.has(Role.PROVINCIAL_OFFICER) && !actor.has(Role.UNIT_LEADER)) {
                callout("improvement.chooseFromList");
                add(new Anchor(ImprovementPlansView.ROUTE, getTranslation("improvement.list.title")));
                return;
            } else {
                found = plans.ownNewest(actor);
            }
            found.ifPresentOrElse(this::show, () -> callout("improvement.none"));
        } catch (Rejected refused) {
            removeAll();
            add(new TaskRefusal(getTranslation("improvement.page"), refused));
        }
    }

    private void show(ImprovementPlan shown) {
        plan = shown;
        removeAll();
        editors.clear();
        H2 title = new H2(getTranslation("improvement.title", shown.unitName(), String.valueOf(shown.year())));
        Paragraph meta = new Paragraph(getTranslation("improvement.meta", shown.publicationCode(), shown.version(),
                shown.rule()));
        meta.setId("plan-meta");
        HorizontalLayout state = new HorizontalLayout(PlanWords.state(this, shown.state()));
        state.setId("plan-state");
        add(title, meta, state);
        if (shown.reason() != null) {
            add(paragraph("plan-reason", getTranslation("improvement.versionReason", shown.reason())));
        }
        if (shown.state() == PlanState.DRAFT && shown.returnedReason() != null) {
            Div returned = callout("improvement.returnedBecause", shown.returnedReason());
            returned.setId("plan-returned");
            returned.addClassName("warning");
        }
        if (shown.signedOffAt() != null) {
            add(paragraph("plan-signed-off", getTranslation("improvement.signedOffBy", shown.signedOffByName(),
                    Formats.dateTime(shown.signedOffAt()))));
        }
        boolean officer = actor.has(Role.PROVINCIAL_OFFICER) && actor.actsFor(shown.unitId());
        boolean leader = actor.has(Role.UNIT_LEADER) && actor.actsFor(shown.unitId());
        if (shown.items().isEmpty()) {
            callout("improvement.noItems");
        }
        shown.items().forEach(item -> {
            PlanItemEditor editor = new PlanItemEditor(item, shown.editable() && officer);
            editors.add(editor);
            add(editor);
        });
        actions(shown, officer, leader);
        add(history(shown));
    }

    private void actions(ImprovementPlan shown, boolean officer, boolean leader) {
        save.setText(getTranslation("improvement.save"));
        save.setId("plan-save");
        submit.setText(getTranslation("improvement.submit"));
        submit.setId("plan-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOff.setText(getTranslation("improvement.signOff"));
        signOff.setId("plan-sign-off");
        signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendBack.setText(getTranslation("improvement.sendBack"));
        sendBack.setId("plan-send-back");
        revise.setText(getTranslation("improvement.revise"));
        revise.setId("plan-revise");
        reason.setId("plan-reason-input");
        reason.setWidthFull();
        reason.clear();
        boolean drafting = officer && shown.state() == PlanState.DRAFT;
        boolean deciding = leader && shown.state() == PlanState.SUBMITTED;
        boolean revising = officer && shown.state() == PlanState.SIGNED_OFF;
        if (drafting) {
            add(new HorizontalLayout(save, submit));
        }
        if (deciding || revising) {
            reason.setLabel(getTranslation(deciding ? "improvement.returnReason" : "improvement.reviseReason"));
            add(deciding ? new HorizontalLayout(signOff) : new Div(), reason, deciding ? sendBack : revise);
        }
        if (!drafting && !deciding && !revising) {
            add(paragraph("plan-read-only", getTranslation("improvement.readOnly")));
        }
    }

    private Details history(ImprovementPlan shown) {
        UnorderedList list = new UnorderedList();
        for (PlanChange change : shown.changes()) {
            list.add(new ListItem(getTranslation("improvement.change", Formats.dateTime(change.at()),
                    change.byName() != null ? change.byName() : getTranslation("improvement.by." + change.by()),
                    getTranslation("improvement.action." + change.action()),
                    change.detail() == null ? "" : change.detail())));
        }
        Details details = new Details(getTranslation("improvement.history"), list);
        details.setId("plan-history");
        return details;
    }

    /** What the officers entered, unless a date could not be read (then said, and nothing sent). */
    private Optional<List<PlanEntry>> entered() {
        for (PlanItemEditor editor : editors) {
            if (editor.dateUnreadable()) {
                Notices.error(getTranslation("improvement.due.unreadable", editor.code()));
                return Optional.empty();
            }
        }
        return Optional.of(editors.stream().map(PlanItemEditor::entry).toList());
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
            show(plans.plan(actor, plan.id()));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }

    private Div callout(String key, Object... args) {
        Div callout = new Div(new Paragraph(getTranslation(key, args)));
        callout.addClassName("td-callout");
        callout.setId("plan-callout");
        add(callout);
        return callout;
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
