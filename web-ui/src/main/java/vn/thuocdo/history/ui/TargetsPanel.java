package vn.thuocdo.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.history.HistoryLayout;
import vn.thuocdo.history.InvalidHistoryWorkbook;
import vn.thuocdo.history.PublishedResults;
import vn.thuocdo.history.TargetStatus;
import vn.thuocdo.history.UnitTarget;
import vn.thuocdo.history.UnitTargets;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.Notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Units' targets: one entered here (a change replaces the current one, kept), or a template imported; all listed. */
class TargetsPanel extends VerticalLayout {

    private final UnitTargets targets;
    private final Actor actor;
    private final Runnable changed;
    final ComboBox<Unit> unit = new ComboBox<>();
    final ComboBox<String> measure = new ComboBox<>();
    final TextField year = new TextField();
    final TextField value = new TextField();
    final TextField note = new TextField();
    final Button save = new Button();
    final UnorderedList errors = new UnorderedList();
    final Grid<TargetStatus> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final HistoryUpload upload;

    TargetsPanel(UnitTargets targets, Units units, PublishedResults results, UploadLimits limits, Actor actor,
                 LocalDate today, Runnable changed) {
        this.targets = targets;
        this.actor = actor;
        this.changed = changed;
        setPadding(false);
        List<Unit> current = new ArrayList<>(units.evaluatedOn(UnitKind.PROVINCE, today));
        current.addAll(units.evaluatedOn(UnitKind.MINISTRY, today));
        unit.setId("target-unit");
        unit.setLabel(getTranslation("history.col.unit"));
        unit.setItems(current);
        unit.setItemLabelGenerator(u -> u.code() + " · " + u.name());
        measure.setId("target-measure");
        measure.setLabel(getTranslation("history.measure"));
        measure.setItems(results.measures());
        measure.setItemLabelGenerator(m -> HistoryWords.measure(this, m));
        measure.setAllowCustomValue(true);
        measure.addCustomValueSetListener(e -> measure.setValue(e.getDetail()));
        year.setId("target-year");
        year.setLabel(getTranslation("history.col.targetYear"));
        year.setMaxLength(4);
        value.setId("target-value");
        value.setLabel(getTranslation("history.col.atLeast"));
        value.setMaxLength(6);
        note.setId("target-note");
        note.setLabel(getTranslation("history.col.note"));
        note.setMaxLength(500);
        save.setId("target-save");
        save.setText(getTranslation("history.saveTarget"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        errors.setId("target-errors");
        FormLayout form = new FormLayout(unit, measure, year, value, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(note, 2);

        grid.setId("targets");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.target().unitName()).setHeader(getTranslation("history.col.unit")).setFlexGrow(2);
        grid.addColumn(s -> HistoryWords.measure(this, s.target().measure()))
                .setHeader(getTranslation("history.measure")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("history.target", HistoryWords.value(s.target().value()), String.valueOf(s.target().year())))
                .setHeader(getTranslation("history.col.target")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> HistoryWords.basis(this, s)).setHeader(getTranslation("history.col.latest"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> HistoryWords.state(this, s)).setHeader(getTranslation("history.col.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::setBy).setHeader(getTranslation("history.col.setBy")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        empty.setId("targets-empty");
        empty.setText(getTranslation("history.noTargets"));
        empty.addClassNames("td-callout", "info");
        upload = new HistoryUpload("targets", HistoryLayout.TARGETS, limits, () -> targets.template(actor),
                (in, size) -> targets.importWorkbook(in, size, null, actor), batch -> changed.run());
        add(form, save, errors, empty, grid, upload);
    }

    void refresh() {
        List<TargetStatus> all = targets.all(actor);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private String setBy(TargetStatus status) {
        UnitTarget t = status.target();
        String who = t.setName() == null ? t.setBy() : t.setName();
        String text = getTranslation("history.setBy", who, Formats.dateTime(t.setAt()));
        return t.note() == null ? text : text + " · " + t.note();
    }

    private void save() {
        errors.removeAll();
        try {
            UnitTarget saved = targets.set(unit.getValue() == null ? null : unit.getValue().id(), measure.getValue(),
                    year.getValue(), value.getValue(), note.getValue(), actor);
            Notices.success(getTranslation("history.targetSaved", saved.unitName(),
                    HistoryWords.measure(this, saved.measure()), HistoryWords.value(saved.value()), String.valueOf(saved.year())));
            value.clear();
            note.clear();
            changed.run();
        } catch (InvalidHistoryWorkbook invalid) {
            invalid.errors().forEach(e -> errors.add(new ListItem(HistoryWords.error(this, e))));
            Notices.refused(invalid);
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
