package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.survey.ProvinceSummary;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review's figures per province in a grid: counts as 650.000, weights with a decimal comma. The first column
 * stays in view when a tablet scrolls the rest sideways; a click on a row opens that province.
 */
class SampleFigures extends Grid<ProvinceSummary> {

    SampleFigures(List<ProvinceSummary> provinces, Consumer<ProvinceSummary> open) {
        setId("province-figures");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(p -> p.unitCode() + " · " + p.unitName()).setHeader(getTranslation("sample.col.province"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(1);
        count("sample.col.communes", ProvinceSummary::communes);
        count("sample.col.villages", ProvinceSummary::villages);
        count("sample.col.respondents", ProvinceSummary::expectedRespondents);
        count("sample.col.certaintyCommunes", ProvinceSummary::certaintyCommunes);
        count("sample.col.certaintyVillages", ProvinceSummary::certaintyVillages);
        addColumn(p -> decimal(p.minWeight(), 1)).setHeader(getTranslation("sample.col.minWeight"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(p -> decimal(p.maxWeight(), 1)).setHeader(getTranslation("sample.col.maxWeight"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(p -> decimal(p.weightCv(), 3)).setHeader(getTranslation("sample.col.cv"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(p -> VietnameseFormats.number(p.communeReplacements()) + " / "
                + VietnameseFormats.number(p.villageReplacements()) + " / "
                + VietnameseFormats.number(p.householdReplacements()))
                .setHeader(getTranslation("sample.col.spares")).setAutoWidth(true);
        setItems(provinces);
        setAllRowsVisible(provinces.size() <= 12);
        if (provinces.size() > 12) {
            setHeight("28em");
        }
        addItemClickListener(e -> open.accept(e.getItem()));
    }

    private void count(String header, java.util.function.ToIntFunction<ProvinceSummary> value) {
        addColumn(p -> VietnameseFormats.number(value.applyAsInt(p))).setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    /** 1.234,5 with the given decimals, the Vietnamese way. */
    static String decimal(double value, int decimals) {
        return VietnameseFormats.fixed(BigDecimal.valueOf(value), decimals);
    }
}
