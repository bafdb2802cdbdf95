package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.thuocdo.sampling.FrameRow;
import vn.thuocdo.sampling.SamplingFrames;

/**
 * The rows of a unit's Phụ lục 1 as uploaded, a page at a time from the database (a province has tens of thousands)
 * and searchable by commune or village, so a reviewer can find the row a doubt is about.
 */
class FrameRows extends VerticalLayout {

    private static final int SHORT = 10;
    final TextField search = new TextField();
    final Grid<FrameRow> grid = new Grid<>();

    FrameRows(SamplingFrames frames, String requestId) {
        setPadding(false);
        search.setPlaceholder(getTranslation("frameRows.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("frame-rows-search");
        search.setWidth("24em");
        grid.setId("frame-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(FrameRow::row).setHeader(getTranslation("frameRows.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FrameRow::communeCode).setHeader(getTranslation("frameRows.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FrameRow::communeName).setHeader(getTranslation("frameRows.commune")).setFlexGrow(1);
        grid.addColumn(FrameRow::villageName).setHeader(getTranslation("frameRows.village")).setFlexGrow(1);
        grid.addColumn(r -> vn.thuocdo.shared.Formats.number(r.households()))
                .setHeader(getTranslation("frameRows.households")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> vn.thuocdo.shared.Formats.number(r.population()))
                .setHeader(getTranslation("frameRows.population")).setAutoWidth(true).setFlexGrow(0);
        // A short list shows whole; a province's tens of thousands of rows scroll in a fixed height.
        if (frames.countFrameRows(requestId, "") <= SHORT) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("22em");
        }
        grid.setItems(query -> frames.frameRows(requestId, search.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> frames.countFrameRows(requestId, search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search, grid);
    }
}
