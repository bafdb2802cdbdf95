package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.treegrid.TreeGrid;
import vn.thuocdo.fieldwork.DailyProgress;
import vn.thuocdo.fieldwork.FieldworkProgress;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Progress;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.Rejected;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In-person fieldwork in figures, for the ministry's dashboard (every province and partner) and for a province's
 * own officers (their province alone): interviews against the target with a bar, the response rate, the shares
 * sent back and flagged, the visits with no interview by outcome, and a chart of interviews over time. Counts
 * only: no household, enumerator or answer reaches it.
 */
public class FieldworkProgressSection extends VerticalLayout {

    /** Provinces, each with its partners' branches beneath. */
    final TreeGrid<Progress> grid = new TreeGrid<>();
    /** The chart, or null while no interview is done. */
    Component chart;

    private FieldworkProgressSection(List<Progress> provinces, List<Progress> branches, List<DailyProgress> days,
                                     String explainKey) {
        setPadding(false);
        setId("fieldwork-progress");
        getStyle().set("margin-top", "var(--lumo-space-l)");
        add(new H3(getTranslation("fwprog.title")), new Paragraph(getTranslation(explainKey)));
        long target = provinces.stream().mapToLong(Progress::target).sum();
        long done = provinces.stream().mapToLong(Progress::interviews).sum();
        Span total = new Span(getTranslation("fwprog.total", Formats.number(done), Formats.number(target),
                percent(target <= 0 ? null : done / (double) target)));
        total.setId("fieldwork-total");
        add(total);
        if (days.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("fwprog.chart.empty"));
            none.addClassName("td-muted");
            none.setId("fieldwork-chart-empty");
            add(none);
        } else {
            chart = ProgressChart.of(days, target, this::getTranslation);
            chart.setId("fieldwork-chart");
            add(chart);
        }
        columns();
        grid.setItems(provinces, p -> p.branchId() != null ? List.of()
                : branches.stream().filter(b -> b.unitId().equals(p.unitId())).toList());
        grid.expandRecursively(provinces, 1);
        grid.setId("fieldwork-grid");
        Paragraph formula = new Paragraph(getTranslation("fwprog.formula"));
        formula.addClassName("td-muted");
        add(grid, formula);
    }

    /**
     * The ministry's section of a round: every province and branch, the round's days. Empty while the round has
     * no approved sample, as there is nothing to count yet.
     */
    public static Optional<FieldworkProgressSection> forRound(FieldworkProgress progress, Actor actor,
                                                              String roundId) {
        try {
            return Optional.of(new FieldworkProgressSection(progress.byProvince(actor, roundId),
                    progress.byBranch(actor, roundId), progress.daily(actor, roundId, null),
                    "fwprog.explain.ministry"));
        } catch (AccessDenied refused) {
            // A refusal is not "nothing to show" (RefusalAuditing has recorded it where the capability refused).
            throw refused;
        } catch (Rejected noSampleYet) {
            return Optional.empty();
        }
    }

    /** A province's own officers: their province and its branches alone (the core refuses any other). */
    public static Optional<FieldworkProgressSection> forProvince(FieldworkProgress progress, Actor actor,
                                                                 String roundId) {
        try {
            return Optional.of(new FieldworkProgressSection(progress.byProvince(actor, roundId),
                    progress.byBranch(actor, roundId, actor.unitId()), progress.daily(actor, roundId, actor.unitId()),
                    "fwprog.explain.province"));
        } catch (AccessDenied refused) {
            // A refusal is not "nothing to show" (RefusalAuditing has recorded it where the capability refused).
            throw refused;
        } catch (Rejected noSampleYet) {
            return Optional.empty();
        }
    }

    private void columns() {
        grid.addComponentHierarchyColumn(p -> wrapping(area(p))).setHeader(getTranslation("fwprog.col.area"))
                .setWidth("16em").setFlexGrow(2);
        grid.addComponentColumn(this::interviews).setHeader(getTranslation("fwprog.col.interviews"))
                .setWidth("13em").setFlexGrow(0);
        grid.addColumn(p -> percent(p.responseRate())).setHeader(getTranslation("fwprog.col.responseRate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> share(p.rejected(), p.rejectedShare())).setHeader(getTranslation("fwprog.col.rejected"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> share(p.flagged(), p.flaggedShare())).setHeader(getTranslation("fwprog.col.flagged"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> wrapping(outcomes(p))).setHeader(getTranslation("fwprog.col.outcomes"))
                .setWidth("12em").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    /** Long names and lists of outcomes wrap in their cell rather than push the grid sideways. */
    private static Span wrapping(String text) {
        Span span = new Span(text);
        span.getStyle().set("white-space", "normal");
        return span;
    }

    String area(Progress p) {
        return p.branchId() == null ? p.unitName()
                : getTranslation("fwprog.partner." + p.partner().name()) + " · " + p.branchName();
    }

    private Component interviews(Progress p) {
        Span figures = new Span(getTranslation("fwprog.interviews", Formats.number(p.interviews()),
                Formats.number(p.target())));
        figures.setMinWidth("6.5em");
        ProgressBar bar = new ProgressBar(0, 1, p.completion());
        bar.getElement().setAttribute("aria-label", figures.getText() + " (" + percent(p.completion()) + ")");
        HorizontalLayout cell = new HorizontalLayout(figures, bar);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setWidthFull();
        cell.expand(bar);
        return cell;
    }

    /** The visits with no interview, by outcome, in the words of the outcome codes: "Từ chối 2 · Vắng nhà 1". */
    String outcomes(Progress p) {
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            if (outcome != Outcome.INTERVIEWED && p.count(outcome) > 0) {
                parts.add(getTranslation("fwprog.outcome." + outcome.name()) + " " + Formats.number(p.count(outcome)));
            }
        }
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }

    private String share(long count, Double share) {
        return share == null ? "—" : Formats.number(count) + " (" + percent(share) + ")";
    }

    /** A share as "60,0 %"; no denominator yet is "—", never 0 %. */
    static String percent(Double share) {
        return share == null ? "—"
                : VietnameseFormats.fixed(BigDecimal.valueOf(share * 100), 1) + " %";
    }
}
