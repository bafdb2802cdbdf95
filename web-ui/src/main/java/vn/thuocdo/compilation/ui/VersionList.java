package vn.thuocdo.compilation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.thuocdo.compilation.ResultVersion;
import vn.thuocdo.web.Formats;

/** The versions of a round's results, newest first: number, state, when, by whom and why. */
final class VersionList {

    private VersionList() {
    }

    static void configure(Grid<ResultVersion> grid, Component on) {
        grid.setId("compilation-versions");
        grid.addColumn(ResultVersion::number).setHeader(on.getTranslation("compilation.col.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> on.getTranslation("compilation.state." + v.state().name()))
                .setHeader(on.getTranslation("compilation.col.state")).setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(v.computedAt())).setHeader(on.getTranslation("compilation.col.at"))
                .setAutoWidth(true);
        grid.addColumn(ResultVersion::computedByName).setHeader(on.getTranslation("compilation.col.by"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.reason() == null ? on.getTranslation("compilation.firstComputation") : v.reason())
                .setHeader(on.getTranslation("compilation.col.reason")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
    }
}
