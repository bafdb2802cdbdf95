package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.thuocdo.sampling.DossierCount;
import vn.thuocdo.shared.Formats;

import java.util.List;

/** Phụ lục 2's rows as a table, numbered as the review's notes and the officer's record refer to them. */
class DossierRows extends Grid<DossierCount> {

    DossierRows(List<DossierCount> counts) {
        setId("dossier-rows");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(DossierCount::row).setHeader(getTranslation("frameRows.row")).setAutoWidth(true).setFlexGrow(0);
        addColumn(DossierCount::serviceArea).setHeader(getTranslation("dossiers.area")).setFlexGrow(1);
        addColumn(d -> Formats.number(d.received())).setHeader(getTranslation("dossiers.received"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> Formats.number(d.handled())).setHeader(getTranslation("dossiers.handled"))
                .setAutoWidth(true).setFlexGrow(0);
        setItems(counts);
        setAllRowsVisible(counts.size() <= 12);
    }
}
