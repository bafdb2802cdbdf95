package vn.thuocdo.compilation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.thuocdo.compilation.IndexResult;
import vn.thuocdo.units.Unit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One kind's units (provinces or ministries) by rank with its 95% interval ("5 (4-7)"): SIPAS with its interval and
 * rank, PAR points, percentage and group.
 */
class RankedTable extends Grid<RankedTable.Line> {

    /** A unit's line: its PAR total and its SIPAS overall (null for a ministry). */
    record Line(IndexResult total, IndexResult sipas, String unitName) {
    }

    RankedTable(String id, List<IndexResult> totals, Map<String, IndexResult> sipasByUnit, Map<String, Unit> names,
                Consumer<String> open) {
        setId(id);
        addColumn(l -> IndexWords.rank(this, l.total())).setHeader(getTranslation("compilation.col.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Line::unitName).setHeader(getTranslation("compilation.col.unit")).setFlexGrow(3);
        addColumn(l -> IndexWords.sipasRanked(this, l.sipas())).setHeader(getTranslation("compilation.col.sipas"))
                .setAutoWidth(true);
        addColumn(l -> IndexWords.points(l.total().points()) + " / " + IndexWords.points(l.total().maxPoints()))
                .setHeader(getTranslation("compilation.col.points")).setAutoWidth(true);
        addColumn(l -> IndexWords.percent(l.total().estimate())).setHeader(getTranslation("compilation.col.percent"))
                .setAutoWidth(true);
        addColumn(l -> l.total().group()).setHeader(getTranslation("compilation.col.group")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(l -> l.total().note() == null ? "" : getTranslation(l.total().note()))
                .setHeader(getTranslation("compilation.col.note")).setFlexGrow(2);
        // A unit that did not assess itself has no rank: it follows the ranked ones, its note says why.
        setItems(totals.stream().sorted(Comparator.comparing(IndexResult::rank, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new Line(t, sipasByUnit.get(t.unitId()),
                        names.containsKey(t.unitId()) ? names.get(t.unitId()).name() : t.unitId())).toList());
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(totals.size() <= 15);
        setWidthFull();
        addItemClickListener(e -> open.accept(e.getItem().total().unitId()));
    }
}
