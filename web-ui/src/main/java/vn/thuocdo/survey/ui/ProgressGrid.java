package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.survey.progress.AreaProgress;

import java.util.List;

/**
 * Provinces or communes with their online survey figures: responses, target, letters issued, and the rate with a
 * bar. Numbers only: the screens that use it never get a response or a respondent.
 */
class ProgressGrid extends Grid<AreaProgress> {

    ProgressGrid(String areaKey, List<AreaProgress> areas) {
        addColumn(AreaProgress::name).setHeader(getTranslation(areaKey)).setAutoWidth(true).setFlexGrow(1)
                .setSortable(true);
        addColumn(a -> Formats.number(a.responses())).setHeader(getTranslation("progress.col.responses"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setComparator(AreaProgress::responses);
        addColumn(a -> Formats.number(a.target())).setHeader(getTranslation("progress.col.target"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setComparator(AreaProgress::target);
        addColumn(a -> Formats.number(a.letters())).setHeader(getTranslation("progress.col.letters"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setComparator(AreaProgress::letters);
        addComponentColumn(ProgressGrid::rate).setHeader(getTranslation("progress.col.rate")).setWidth("12em")
                .setFlexGrow(0).setComparator(a -> a.progress().rate());
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setItems(areas);
    }

    static Component rate(AreaProgress area) {
        Span percent = new Span(area.progress().percent() + " %");
        percent.setMinWidth("3.5em");
        ProgressBar bar = new ProgressBar(0, 1, area.progress().rate());
        bar.getElement().setAttribute("aria-label", percent.getText());
        HorizontalLayout cell = new HorizontalLayout(percent, bar);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setWidthFull();
        cell.expand(bar);
        return cell;
    }
}
