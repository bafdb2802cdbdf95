package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.survey.SampleStage;
import vn.thuocdo.survey.SampleUnit;

import java.util.List;

/**
 * The communes and villages of one province's sample, selected ones in draw order with their probabilities and
 * weights and the ranked replacements; for the coordinator a line counts the household slots.
 */
class ProvinceUnits extends Grid<SampleUnit> {

    ProvinceUnits(List<SampleUnit> units) {
        setId("province-units");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(u -> getTranslation("sample.stage." + u.stage().name())).setHeader(getTranslation("sample.col.stage"))
                .setAutoWidth(true).setFrozen(true);
        addColumn(u -> u.communeCode() + " · " + u.communeName()).setHeader(getTranslation("sample.col.commune"))
                .setAutoWidth(true);
        addColumn(u -> u.villageName() == null ? "" : u.villageName()).setHeader(getTranslation("sample.col.village"))
                .setAutoWidth(true);
        addColumn(u -> u.replacement() ? getTranslation("sample.spare", u.replacementRank())
                : getTranslation(u.certainty() ? "sample.certain" : "sample.selected"))
                .setHeader(getTranslation("sample.col.role")).setAutoWidth(true);
        addColumn(u -> u.size() == null ? "" : VietnameseFormats.number(u.size()))
                .setHeader(getTranslation("sample.col.size")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(u -> u.overallProbability() == null ? "" : SampleFigures.decimal(u.overallProbability(), 4))
                .setHeader(getTranslation("sample.col.overallProbability")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(u -> u.weight() == null ? "" : SampleFigures.decimal(u.weight(), 2))
                .setHeader(getTranslation("sample.col.weight")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        setItems(units.stream().filter(u -> u.stage() != SampleStage.HOUSEHOLD).toList());
        setHeight("24em");
    }

    /** The coordinator's drill-down into one province, households counted but not listed. */
    static Dialog dialog(String title, List<SampleUnit> units) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setId("province-dialog");
        dialog.setWidth("min(72em, 96vw)");
        long slots = units.stream().filter(u -> u.stage() == SampleStage.HOUSEHOLD && !u.replacement()).count();
        long spare = units.stream().filter(u -> u.stage() == SampleStage.HOUSEHOLD && u.replacement()).count();
        dialog.add(new ProvinceUnits(units), new Paragraph(dialog.getTranslation("sample.householdCount",
                VietnameseFormats.number(slots), VietnameseFormats.number(spare))));
        Button close = new Button(dialog.getTranslation("dialog.back"), e -> dialog.close());
        close.setId("close-province");
        dialog.getFooter().add(close);
        return dialog;
    }
}
