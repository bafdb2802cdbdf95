package vn.thuocdo.council.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.council.CouncilAgenda.UnitResult;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the council reviews: the units ranked (a compiled version's rank, interval and group, else by percent), with
 * points and the maximum, provinces before ministries, each row naming its ranking when both are there; or that there
 * is nothing yet.
 */
class CompiledResults extends VerticalLayout {

    record Ranked(int rank, UnitResult result) {
    }

    final Grid<Ranked> grid = new Grid<>();

    CompiledResults(List<UnitResult> results) {
        setPadding(false);
        setId("council-results");
        add(new H3(getTranslation("council.results.title")));
        if (results.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("council.results.empty")));
            empty.addClassNames("td-callout", "neutral");
            empty.setId("council-results-empty");
            add(empty);
            return;
        }
        // A compiled version says each unit's rank among its kind, with its 95% interval over the bootstrap
        // replicates, and the group; the appraised points before a compilation are ranked by their order here.
        boolean compiled = results.stream().anyMatch(r -> r.rank() != null);
        grid.addColumn(r -> !compiled ? String.valueOf(r.rank()) : rankWithInterval(r.result()))
                .setHeader(getTranslation("council.results.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.result().unitName()).setHeader(getTranslation("council.results.unit")).setFlexGrow(3);
        // Provinces and ministries are ranked apart: with both in the list, each row says which ranking it is in.
        boolean mixed = results.stream().map(UnitResult::unitKind).filter(java.util.Objects::nonNull).distinct()
                .count() > 1;
        if (mixed) {
            grid.addColumn(r -> r.result().unitKind() == null ? ""
                            : getTranslation("units.kind." + r.result().unitKind()))
                    .setHeader(getTranslation("council.results.kind")).setAutoWidth(true);
        }
        grid.addColumn(r -> CouncilWords.points(r.result().points())).setHeader(getTranslation("council.results.points"))
                .setAutoWidth(true);
        grid.addColumn(r -> CouncilWords.points(r.result().maxPoints()))
                .setHeader(getTranslation("council.results.max")).setAutoWidth(true);
        grid.addColumn(r -> CouncilWords.points(r.result().percent()) + " %")
                .setHeader(getTranslation("council.results.percent")).setAutoWidth(true);
        if (compiled) {
            grid.addColumn(r -> r.result().group() == null ? "" : r.result().group())
                    .setHeader(getTranslation("council.results.group")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(r -> r.result().note() == null ? "" : getTranslation(r.result().note()))
                .setHeader(getTranslation("council.results.note")).setFlexGrow(2);
        // Provinces first, then ministries (each its own ranking), then by rank.
        Comparator<UnitResult> byKind = Comparator.comparing(r -> r.unitKind() == null ? 2
                : "PROVINCE".equals(r.unitKind()) ? 0 : 1);
        List<UnitResult> ordered = !compiled ? results : results.stream().sorted(byKind.thenComparing(UnitResult::rank,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(UnitResult::unitName)).toList();
        grid.setItems(IntStream.range(0, ordered.size()).mapToObj(i -> new Ranked(i + 1, ordered.get(i))).toList());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(results.size() <= 12);
        grid.setWidthFull();
        add(grid);
    }

    /** "5 (4–7)": the rank and its 95% interval; "—" for a unit outside the ranking (it did not assess itself). */
    private String rankWithInterval(UnitResult r) {
        if (r.rank() == null) {
            return "—";
        }
        return r.rankLow() == null || r.rankHigh() == null ? String.valueOf(r.rank())
                : getTranslation("council.results.rankInterval", r.rank(), r.rankLow(), r.rankHigh());
    }
}
