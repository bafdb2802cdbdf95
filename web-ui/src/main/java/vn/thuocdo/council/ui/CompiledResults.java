package vn.thuocdo.council.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.council.CouncilAgenda.UnitResult;

import java.util.List;
import java.util.stream.IntStream;

/** What the council reviews: the units ranked by percent, with points and the maximum; or that there is nothing yet. */
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
        grid.addColumn(Ranked::rank).setHeader(getTranslation("council.results.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.result().unitName()).setHeader(getTranslation("council.results.unit")).setFlexGrow(3);
        grid.addColumn(r -> CouncilWords.points(r.result().points())).setHeader(getTranslation("council.results.points"))
                .setAutoWidth(true);
        grid.addColumn(r -> CouncilWords.points(r.result().maxPoints()))
                .setHeader(getTranslation("council.results.max")).setAutoWidth(true);
        grid.addColumn(r -> CouncilWords.points(r.result().percent()) + " %")
                .setHeader(getTranslation("council.results.percent")).setAutoWidth(true);
        grid.addColumn(r -> r.result().note() == null ? "" : getTranslation(r.result().note()))
                .setHeader(getTranslation("council.results.note")).setFlexGrow(2);
        grid.setItems(IntStream.range(0, results.size()).mapToObj(i -> new Ranked(i + 1, results.get(i))).toList());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(results.size() <= 12);
        grid.setWidthFull();
        add(grid);
    }
}
