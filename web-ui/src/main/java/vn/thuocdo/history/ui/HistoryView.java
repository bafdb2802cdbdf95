package vn.thuocdo.history.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.history.HistoryBatch;
import vn.thuocdo.history.HistoryLayout;
import vn.thuocdo.history.PublishedResults;
import vn.thuocdo.history.RecomputedSipas;
import vn.thuocdo.history.SeriesPoint;
import vn.thuocdo.history.UnitTargets;
import vn.thuocdo.history.YearTable;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

/**
 * The coordinating ministry's record of past years: the published results as units × the latest years of one
 * measure, their import from the Excel template (with the last imports), and the units' targets (entered or
 * imported) against the results.
 */
@Route(value = HistoryView.ROUTE, layout = MainLayout.class)
@PageTitle("Kết quả các năm · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class HistoryView extends VerticalLayout {

    public static final String ROUTE = "indices/history";
    /** Years shown side by side: five fit a laptop's width beside the unit's name. */
    static final int YEARS_SHOWN = 5;

    private final PublishedResults results;
    private final Actor actor;
    final Select<String> measure = new Select<>();
    final Grid<YearTable.Row> table = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Grid<HistoryBatch> batches = new Grid<>();
    HistoryUpload upload;
    TargetsPanel targets;
    RecomputePanel recompute;

    HistoryView(PublishedResults results, UnitTargets unitTargets, RecomputedSipas recomputed, Units units,
                UploadLimits limits, CurrentActor currentActor, java.time.Clock clock) {
        this.results = results;
        this.actor = currentActor.get();
        setWidthFull();
        add(new H2(getTranslation("history.title")));
        try {
            results.batches(actor);
        } catch (Rejected refused) {
            Div refusal = new Div(new Paragraph(Notices.text(refused)));
            refusal.addClassNames("td-callout", "warning");
            refusal.setId("refusal");
            add(refusal);
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("history.intro"));
        intro.addClassName("td-muted");

        measure.setId("history-measure");
        measure.setLabel(getTranslation("history.measure"));
        measure.setItemLabelGenerator(m -> HistoryWords.measure(this, m));
        measure.setItems(results.measures());
        measure.setValue("sipas");
        measure.addValueChangeListener(e -> showTable());
        table.setId("history-table");
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        empty.setId("history-empty");
        empty.addClassNames("td-callout", "info");

        upload = new HistoryUpload("results", HistoryLayout.RESULTS, limits, () -> results.template(actor),
                (in, size) -> results.importWorkbook(in, size, null, actor), batch -> refresh());
        batches.setId("history-batches");
        batches.addThemeVariants(GridVariant.LUMO_COMPACT);
        batches.addColumn(b -> Formats.dateTime(b.importedAt())).setHeader(getTranslation("history.col.at"))
                .setAutoWidth(true).setFlexGrow(0);
        batches.addColumn(b -> getTranslation("history.kind." + b.kind())).setHeader(getTranslation("history.col.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        batches.addColumn(b -> b.importedName() == null ? b.importedBy() : b.importedName())
                .setHeader(getTranslation("history.col.by")).setFlexGrow(1);
        batches.addColumn(b -> getTranslation("history.batchRows", b.rows(), b.replaced()))
                .setHeader(getTranslation("history.col.rows")).setAutoWidth(true).setFlexGrow(0);
        batches.setAllRowsVisible(true);

        targets = new TargetsPanel(unitTargets, units, results, limits, actor,
                vn.thuocdo.shared.TimeZones.today(clock), this::refresh);
        recompute = new RecomputePanel(recomputed, actor, this::refresh);
        add(intro, new H3(getTranslation("history.results")), measure, empty, table,
                new H3(getTranslation("history.importResults")), upload, batches,
                new H3(getTranslation("history.recompute.title")), recompute,
                new H3(getTranslation("history.targets")), targets);
        refresh();
    }

    private void refresh() {
        String chosen = measure.getValue();
        measure.setItems(results.measures());
        measure.setValue(chosen == null ? "sipas" : chosen);
        showTable();
        batches.setItems(results.batches(actor));
        batches.setVisible(!results.batches(actor).isEmpty());
        if (targets != null) {
            targets.refresh();
        }
    }

    private void showTable() {
        YearTable data = results.table(measure.getValue() == null ? "sipas" : measure.getValue(), YEARS_SHOWN, actor);
        table.removeAllColumns();
        table.addColumn(r -> r.unit().name() + (r.unit().validTo() == null ? ""
                        : getTranslation("history.until", Formats.date(r.unit().validTo()))))
                .setHeader(getTranslation("history.col.unit")).setWidth("16em").setFlexGrow(2).setFrozen(true);
        for (Integer year : data.years()) {
            table.addColumn(r -> {
                SeriesPoint point = r.values().get(year);
                return point == null ? "" : HistoryWords.withRank(this, point);
            }).setHeader(String.valueOf(year)).setKey("y" + year).setAutoWidth(true).setFlexGrow(1);
        }
        table.setItems(data.rows());
        table.setVisible(!data.rows().isEmpty());
        empty.setText(getTranslation("history.empty",
                HistoryWords.measure(this, measure.getValue() == null ? "sipas" : measure.getValue())));
        empty.setVisible(data.rows().isEmpty());
    }
}
