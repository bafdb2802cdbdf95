package vn.thuocdo.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.compilation.IndexResult;
import vn.thuocdo.forms.Text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Explains a unit's numbers: its PAR INDEX per area (points of the maximum), its SIPAS elements, parts and overall
 * index with the valid answers and the respondents' total design weight, and its officials' index (areas and overall,
 * with the valid answers and the respondents). Aggregates only: no answer of any person is ever shown.
 */
class UnitBreakdown extends Dialog {

    final Grid<IndexResult> areas = new Grid<>();
    final Grid<IndexResult> sipas = new Grid<>();
    final Grid<IndexResult> officials = new Grid<>();
    /** The ranks' intervals and the units not significantly different (#13 "Rank uncertainty"). */
    final VerticalLayout similar = new VerticalLayout();

    private static final List<String> LEVELS = List.of("overall", "part", "element");
    private final Map<String, Text> labels;

    UnitBreakdown(String unitName, List<IndexResult> rows, Map<String, Text> labels) {
        this(unitName, rows, labels, id -> id);
    }

    /** With the names of the units not significantly different from this one ({@code nameOf} from a unit id). */
    UnitBreakdown(String unitName, List<IndexResult> rows, Map<String, Text> labels, Function<String, String> nameOf) {
        this.labels = labels;
        setHeaderTitle(unitName);
        setId("compilation-breakdown");
        setWidth("min(900px, 95vw)");
        areas.setId("breakdown-areas");
        areas.addColumn(r -> getTranslation("compilation.area", r.measure().substring(IndexResult.PAR_AREA.length())))
                .setHeader(getTranslation("compilation.col.area")).setFlexGrow(2);
        areas.addColumn(r -> IndexWords.points(r.points()) + " / " + IndexWords.points(r.maxPoints()))
                .setHeader(getTranslation("compilation.col.points")).setAutoWidth(true);
        areas.setItems(rows.stream().filter(r -> r.measure().startsWith(IndexResult.PAR_AREA)).toList());
        sipas.setId("breakdown-sipas");
        List<IndexResult> sipasRows = survey(sipas, rows, "sipas:", "compilation.col.sipas", "compilation.col.weight");
        officials.setId("breakdown-officials");
        List<IndexResult> officialRows = survey(officials, rows, "officials:", "compilation.col.officials",
                "compilation.col.respondents");
        for (Grid<IndexResult> grid : List.of(areas, sipas, officials)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
        }
        similar.setId("breakdown-similar");
        similar.setPadding(false);
        similar.setSpacing(false);
        rankLine(rows, IndexResult.PAR_TOTAL, "compilation.similar.par", nameOf);
        rankLine(rows, IndexResult.SIPAS_OVERALL, "compilation.similar.sipas", nameOf);
        if (similar.getComponentCount() > 0) {
            add(similar);
        }
        add(new H4(getTranslation("compilation.breakdown.par")), areas);
        if (!sipasRows.isEmpty()) {
            add(new H4(getTranslation("compilation.breakdown.sipas")), sipas);
        }
        if (!officialRows.isEmpty()) {
            add(new H4(getTranslation("compilation.breakdown.officials")), officials);
        }
        getFooter().add(new Button(getTranslation("compilation.close"), e -> close()));
    }

    /**
     * A survey's rows ({@code sipas:}, {@code officials:}) in a grid, the overall index first, then its parts, then
     * their elements: from the number down to what makes it.
     */
    private List<IndexResult> survey(Grid<IndexResult> grid, List<IndexResult> rows, String prefix, String valueKey,
                                     String weightKey) {
        grid.addColumn(r -> measure(r.measure())).setHeader(getTranslation("compilation.col.measure")).setFlexGrow(2);
        grid.addColumn(r -> IndexWords.sipas(this, r)).setHeader(getTranslation(valueKey)).setAutoWidth(true);
        grid.addColumn(r -> r.n() == null ? "—" : IndexWords.weight(r.n().doubleValue()))
                .setHeader(getTranslation("compilation.col.n")).setAutoWidth(true);
        grid.addColumn(r -> IndexWords.weight(r.weightTotal())).setHeader(getTranslation(weightKey))
                .setAutoWidth(true);
        List<IndexResult> surveyRows = rows.stream().filter(r -> r.measure().startsWith(prefix))
                .sorted(Comparator.comparingInt(r -> LEVELS.indexOf(r.measure().split(":")[1]))).toList();
        grid.setItems(surveyRows);
        return surveyRows;
    }

    /** "Chỉ số CCHC: hạng 5 (4-7). Không khác biệt có ý nghĩa thống kê với: ..." for a ranked measure. */
    private void rankLine(List<IndexResult> rows, String measure, String key, Function<String, String> nameOf) {
        rows.stream().filter(r -> r.measure().equals(measure) && r.hasRankInterval()).findFirst().ifPresent(r -> {
            String others = r.notDifferent().isEmpty() ? getTranslation("compilation.similar.none")
                    : r.notDifferent().stream().map(nameOf).collect(Collectors.joining(", "));
            similar.add(new Paragraph(getTranslation(key, IndexWords.rank(this, r), others)));
        });
    }

    /** {@code sipas:element:access}, {@code officials:element:direction} in the definition's words, with its level. */
    private String measure(String measure) {
        Text label = labels.get(measure);
        String level = getTranslation("compilation.level." + measure.split(":")[1]);
        return label == null ? measure : level + ": " + label.in(getLocale());
    }
}
