package vn.thuocdo.history.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.history.PublishedResults;
import vn.thuocdo.history.SeriesPoint;
import vn.thuocdo.history.TargetStatus;
import vn.thuocdo.history.UnitTargets;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;

import java.util.List;

/**
 * A unit's own page of results: its values by year for each measure (before July 2025 its predecessors', labelled
 * as the crosswalk allows) and its targets, met or not. Only the signed-in person's unit: there is no other to ask.
 */
@Route(value = MyUnitResultsView.ROUTE, layout = MainLayout.class)
@PageTitle("Kết quả của đơn vị · Thước Đo")
@RolesAllowed({"provincial-officer", "unit-leader"})
public class MyUnitResultsView extends VerticalLayout {

    public static final String ROUTE = "indices/my-unit";

    final Grid<TargetStatus> targets = new Grid<>();
    final Paragraph noResults = new Paragraph();
    final Paragraph noTargets = new Paragraph();

    MyUnitResultsView(PublishedResults results, UnitTargets unitTargets, Units units, CurrentActor currentActor) {
        Actor actor = currentActor.get();
        setWidthFull();
        setMaxWidth("60em");
        String unitId = actor.unitId();
        add(new H2(getTranslation("history.myUnit.title")));
        Paragraph unitName = new Paragraph(units.find(unitId).map(vn.thuocdo.units.Unit::name).orElse(unitId));
        unitName.setId("my-unit-name");
        unitName.getStyle().set("font-weight", "600");
        Paragraph intro = new Paragraph(getTranslation("history.myUnit.intro"));
        intro.addClassName("td-muted");
        add(unitName, intro);

        boolean any = false;
        for (String measure : results.measures()) {
            List<SeriesPoint> series = results.seriesFor(actor, unitId, measure);
            if (series.isEmpty()) {
                continue;
            }
            any = true;
            add(new H3(HistoryWords.measure(this, measure)), series(measure, series));
        }
        noResults.setId("my-unit-no-results");
        noResults.setText(getTranslation("history.myUnit.noResults"));
        noResults.addClassNames("td-callout", "info");
        noResults.setVisible(!any);
        add(noResults);

        List<TargetStatus> statuses = unitTargets.statusesFor(actor, unitId);
        targets.setId("my-unit-targets");
        targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        targets.addColumn(s -> HistoryWords.measure(this, s.target().measure()))
                .setHeader(getTranslation("history.measure")).setFlexGrow(1);
        targets.addColumn(s -> getTranslation("history.target", HistoryWords.value(s.target().value()),
                String.valueOf(s.target().year()))).setHeader(getTranslation("history.col.target")).setFlexGrow(1);
        targets.addColumn(s -> HistoryWords.basis(this, s)).setHeader(getTranslation("history.col.latest"))
                .setFlexGrow(1);
        targets.addComponentColumn(s -> HistoryWords.state(this, s)).setHeader(getTranslation("history.col.state"))
                .setAutoWidth(true).setFlexGrow(0);
        targets.setItems(statuses);
        targets.setAllRowsVisible(true);
        targets.setVisible(!statuses.isEmpty());
        noTargets.setId("my-unit-no-targets");
        noTargets.setText(getTranslation("history.noTargets"));
        noTargets.addClassNames("td-callout", "info");
        noTargets.setVisible(statuses.isEmpty());
        add(new H3(getTranslation("history.targets")), noTargets, targets);
    }

    private Grid<SeriesPoint> series(String measure, List<SeriesPoint> points) {
        Grid<SeriesPoint> grid = new Grid<>();
        grid.setId("series-" + measure.replace(':', '-'));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SeriesPoint::year).setHeader(getTranslation("history.col.year")).setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(p -> HistoryWords.withRank(this, p)).setHeader(getTranslation("history.col.value"))
                .setFlexGrow(1);
        grid.addColumn(p -> HistoryWords.origin(this, p)).setHeader(getTranslation("history.col.comparison"))
                .setFlexGrow(2);
        // Newest year first; within a year before the merger, the former provinces in code order.
        grid.setItems(points.stream().sorted(java.util.Comparator.comparing(SeriesPoint::year).reversed()
                .thenComparing(SeriesPoint::unitId)).toList());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
