package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.assessment.AppraisalAssignments;
import vn.thuocdo.assessment.AssignedAppraiser;
import vn.thuocdo.assessment.UnitAppraisal;
import vn.thuocdo.directory.UnitDirectory.Person;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coordinator assigns appraisers ({@code assessment/appraisers?round=<id>}): every participating unit with its
 * self-assessment's state and its appraisers, an appraiser added to one unit or to all the selected ones, an
 * assignment removed while the appraiser has not scored. Nobody is offered for their own unit; the capability
 * refuses it again.
 */
@Route(value = AppraisersView.ROUTE, layout = MainLayout.class)
@PageTitle("Phân công thẩm định · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class AppraisersView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "assessment/appraisers";

    private final AppraisalAssignments assignments;
    private final Units units;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    final Grid<UnitAppraisal> grid = new Grid<>();
    final ComboBox<Person> bulkAppraiser = new ComboBox<>();
    final Button bulkAssign = new Button();
    private List<Person> candidates = List.of();
    private Map<String, Unit> unitsById = Map.of();

    AppraisersView(AppraisalAssignments assignments, Rounds rounds, Units units, CurrentActor currentActor,
                   java.time.Clock clock) {
        this.assignments = assignments;
        this.units = units;
        this.actor = currentActor.get();
        setId("assessment-appraisers");
        add(new H2(getTranslation("assessment.appraisers.title")));
        List<Round> organised = rounds.visibleTo(actor).stream().filter(r -> actor.actsFor(r.organiserUnitId()))
                .sorted(Comparator.comparingInt(Round::year).reversed()).toList();
        if (organised.isEmpty()) {
            add(callout(getTranslation("assessment.appraisers.noRound")));
            return;
        }
        round.setLabel(getTranslation("assessment.appraisers.round"));
        round.setItems(organised);
        round.setItemLabelGenerator(r -> r.name() + " (" + r.year() + ")");
        round.setId("appraisers-round");
        round.setWidth("min(32em, 100%)");
        // This year's round (or the newest past one) before a future one prepared ahead: its units are the ones
        // self-assessing now.
        int thisYear = vn.thuocdo.shared.TimeZones.today(clock).getYear();
        round.setValue(organised.stream().filter(r -> r.year() <= thisYear).findFirst().orElse(organised.get(0)));
        round.addValueChangeListener(e -> show());
        buildGrid();
        bulkAppraiser.setLabel(getTranslation("assessment.appraisers.bulk"));
        bulkAppraiser.setItemLabelGenerator(AppraisersView::label);
        bulkAppraiser.setId("bulk-appraiser");
        bulkAppraiser.setWidth("min(24em, 100%)");
        bulkAssign.setId("bulk-assign");
        bulkAssign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bulkAssign.addClickListener(e -> assignSelected());
        grid.asMultiSelect().addValueChangeListener(e -> bulkLabel());
        FlexLayout bulk = new FlexLayout(bulkAppraiser, bulkAssign);
        bulk.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bulk.setAlignItems(FlexComponent.Alignment.BASELINE);
        bulk.getStyle().set("gap", "var(--lumo-space-m)");
        bulk.setWidthFull();
        add(round, bulk, grid);
        setSizeFull();
        grid.setWidthFull();
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("round").ifPresent(id -> round.getListDataView()
                .getItems().filter(r -> r.id().equals(id)).findFirst().ifPresent(round::setValue));
        show();
    }

    private void buildGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(u -> unit(u).code() + " · " + unit(u).name()).setKey("unit")
                .setHeader(getTranslation("assessment.appraisers.unit")).setFlexGrow(2).setSortable(true);
        grid.addComponentColumn(u -> u.state() == null
                        ? Badges.of(getTranslation("assessment.appraisers.notOpened"), "neutral")
                        : Badges.of(getTranslation("assessment.state." + u.state().name()), "info"))
                .setKey("state").setHeader(getTranslation("assessment.appraisers.state")).setAutoWidth(true);
        grid.addComponentColumn(this::appraisers).setKey("appraisers")
                .setHeader(getTranslation("assessment.appraisers.assigned")).setFlexGrow(3);
        grid.addComponentColumn(this::adder).setKey("add")
                .setHeader(getTranslation("assessment.appraisers.add")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("appraisers-grid");
    }

    private void show() {
        if (round.getValue() == null) {
            return;
        }
        String roundId = round.getValue().id();
        try {
            List<UnitAppraisal> board = assignments.board(actor, roundId);
            candidates = assignments.candidates(actor, roundId);
            unitsById = units.byId(board.stream().map(UnitAppraisal::unitId).toList());
            grid.setItems(board.stream().sorted(Comparator.comparing(u -> unit(u).code())).toList());
        } catch (Rejected refused) {
            Notices.refused(refused);
            grid.setItems(List.of());
        }
        bulkAppraiser.setItems(candidates);
        bulkAppraiser.setHelperText(candidates.isEmpty() ? getTranslation("assessment.appraisers.noCandidates") : null);
        bulkLabel();
    }

    private Component appraisers(UnitAppraisal unit) {
        FlexLayout names = new FlexLayout();
        names.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        names.getStyle().set("gap", "var(--lumo-space-s)");
        if (unit.appraisers().isEmpty()) {
            Span none = new Span(getTranslation("assessment.appraisers.none"));
            none.addClassName("td-muted");
            names.add(none);
        }
        for (AssignedAppraiser a : unit.appraisers()) {
            Span name = Badges.of(a.displayName(), a.hasScored() ? "success" : "neutral");
            if (a.hasScored()) {
                name.setTitle(getTranslation("assessment.appraisers.scored"));
                names.add(name);
                continue;
            }
            Button remove = new Button("×", e -> act(() -> assignments.unassign(actor, round.getValue().id(),
                    unit.unitId(), a.username()), "assessment.appraisers.removedOk", a.displayName(), unit(unit).name()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setId("remove-" + unit.unitId() + "-" + a.username());
            remove.getElement().setAttribute("aria-label", getTranslation("assessment.appraisers.remove", a.displayName()));
            names.add(new Span(name, remove));
        }
        return names;
    }

    /** People of the unit itself are never offered (the capability refuses them too), nor those already assigned. */
    private Component adder(UnitAppraisal unit) {
        ComboBox<Person> pick = new ComboBox<>();
        boolean organiser = unit.unitId().equals(round.getValue().organiserUnitId());
        pick.setItems(candidates.stream().filter(p -> !organiser && !unit.assigned(p.username())).toList());
        pick.setItemLabelGenerator(AppraisersView::label);
        pick.setPlaceholder(getTranslation("assessment.appraisers.pick.short"));
        pick.setId("add-appraiser-" + unit.unitId());
        pick.setWidth("14em");
        Button add = new Button(getTranslation("assessment.appraisers.addButton"), e -> {
            if (pick.getValue() == null) {
                Notices.error(getTranslation("assessment.appraisers.pick"));
                return;
            }
            act(() -> assignments.assign(actor, round.getValue().id(), unit.unitId(), pick.getValue().username()),
                    "assessment.appraisers.assignedOk", pick.getValue().displayName(), unit(unit).name());
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId("add-" + unit.unitId());
        HorizontalLayout row = new HorizontalLayout(pick, add);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setSpacing(true);
        return row;
    }

    private void assignSelected() {
        Set<String> selected = grid.getSelectedItems().stream().map(UnitAppraisal::unitId).collect(Collectors.toSet());
        if (bulkAppraiser.getValue() == null) {
            bulkAppraiser.setInvalid(true);
            bulkAppraiser.setErrorMessage(getTranslation("assessment.appraisers.pick"));
            return;
        }
        Person who = bulkAppraiser.getValue();
        act(() -> assignments.assignAll(actor, round.getValue().id(), selected, who.username()),
                "assessment.appraisers.bulkOk", who.displayName(), selected.size());
    }

    private void bulkLabel() {
        int selected = grid.getSelectedItems().size();
        bulkAssign.setText(getTranslation("assessment.appraisers.bulkButton", selected));
        bulkAssign.setEnabled(selected > 0);
    }

    private void act(Runnable action, String success, Object... args) {
        try {
            action.run();
            Notices.success(getTranslation(success, args));
            grid.deselectAll();
            bulkAppraiser.clear();
            show();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }

    private Unit unit(UnitAppraisal appraisal) {
        return unitsById.get(appraisal.unitId());
    }

    private static String label(Person person) {
        return person.displayName() + " (" + person.username() + ")";
    }

    private static Div callout(String text) {
        Div callout = new Div(new Span(text));
        callout.addClassNames("td-callout", "info");
        callout.setId("appraisers-no-round");
        return callout;
    }
}
