package vn.thuocdo.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.improvement.ImprovementPlans;
import vn.thuocdo.improvement.PlanRow;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's view of every unit's improvement plan in a round their unit organised: state, items planned,
 * signed off when and by whom; a unit's plan opens read-only.
 */
@Route(value = ImprovementPlansView.ROUTE, layout = MainLayout.class)
@PageTitle("Kế hoạch khắc phục của các đơn vị · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class ImprovementPlansView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "improvement/plans";

    private final ImprovementPlans plans;
    private final Actor actor;
    final ComboBox<Round> round = new ComboBox<>();
    final Grid<PlanRow> grid = new Grid<>();
    final Div empty = new Div();

    ImprovementPlansView(ImprovementPlans plans, Rounds rounds, CurrentActor currentActor) {
        this.plans = plans;
        this.actor = currentActor.get();
        setMaxWidth("1200px");
        List<Round> organised = rounds.visibleTo(actor).stream()
                .filter(r -> r.organiserUnitId().equals(actor.unitId()))
                .sorted(Comparator.comparingInt(Round::year).reversed()).toList();
        round.setLabel(getTranslation("improvement.list.round"));
        round.setId("plans-round");
        round.setItems(organised);
        round.setItemLabelGenerator(r -> r.year() + " · " + r.name());
        round.setWidth("28em");
        round.addValueChangeListener(e -> show(e.getValue()));
        grid.setId("plans-grid");
        grid.addColumn(PlanRow::unitName).setHeader(getTranslation("improvement.list.unit")).setFlexGrow(2);
        grid.addComponentColumn(row -> PlanWords.state(this, row.state()))
                .setHeader(getTranslation("improvement.list.state"));
        grid.addColumn(PlanRow::version).setHeader(getTranslation("improvement.list.version")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("improvement.list.plannedOf", row.planned(), row.items()))
                .setHeader(getTranslation("improvement.list.planned")).setAutoWidth(true);
        grid.addColumn(row -> row.signedOffAt() == null ? "—"
                        : getTranslation("improvement.list.signedOffBy", row.signedOffByName(),
                        Formats.dateTime(row.signedOffAt())))
                .setHeader(getTranslation("improvement.list.signedOff")).setFlexGrow(2);
        grid.addComponentColumn(row -> {
            Button open = new Button(getTranslation("improvement.list.open"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ImprovementPlanView.ROUTE, QueryParameters.simple(Map.of("plan", row.planId())))));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setId("plans-open-" + row.unitId());
            return open;
        }).setKey("open").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        empty.setId("plans-empty");
        empty.addClassName("td-callout");
        add(new H2(getTranslation("improvement.list.title")),
                new Paragraph(getTranslation("improvement.list.intro", plans.rule().reference())), round, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("round").orElse(null);
        List<Round> offered = round.getListDataView().getItems().toList();
        Round chosen = offered.stream().filter(r -> r.id().equals(wanted)).findFirst()
                .orElse(offered.isEmpty() ? null : offered.get(0));
        if (chosen == null) {
            show(null);
        } else {
            round.setValue(chosen);
        }
    }

    private void show(Round chosen) {
        List<PlanRow> rows = List.of();
        if (chosen != null) {
            try {
                rows = plans.overview(actor, chosen.id(), chosen.organiserUnitId());
            } catch (Rejected refused) {
                Notices.refused(refused);
            }
        }
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.removeAll();
        empty.add(new Paragraph(getTranslation(chosen == null ? "improvement.list.noRound" : "improvement.list.none")));
        empty.setVisible(rows.isEmpty());
    }
}
