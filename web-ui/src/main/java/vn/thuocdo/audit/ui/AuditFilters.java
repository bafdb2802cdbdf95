package vn.thuocdo.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.thuocdo.audit.AuditQuery;

import java.util.Comparator;
import java.util.List;

/** Who, which unit, which action, between which days: a form that says when it changed, and knows no audit. */
class AuditFilters extends HorizontalLayout {

    final TextField person = new TextField();
    final ComboBox<String> unit = new ComboBox<>();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    AuditFilters(List<String> units, List<String> actions, AuditWording wording, Runnable changed) {
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        person.setLabel(getTranslation("audit.filter.person"));
        person.setPlaceholder(getTranslation("audit.filter.person.hint"));
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setId("filter-person");
        unit.setLabel(getTranslation("audit.filter.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(wording::unit);
        unit.setClearButtonVisible(true);
        unit.setId("filter-unit");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(actions.stream().sorted(Comparator.comparing(wording::action)).toList());
        action.setItemLabelGenerator(wording::action);
        action.setClearButtonVisible(true);
        action.setId("filter-action");
        // One row at 1366 px beside the navigation.
        person.setWidth("13em");
        unit.setWidth("14em");
        action.setWidth("14em");
        for (DatePicker day : List.of(from, to)) {
            day.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
            day.setClearButtonVisible(true);
            day.setPlaceholder("dd/mm/yyyy");
            day.setWidth("9.5em");
        }
        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("filter-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("filter-to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        person.addValueChangeListener(e -> changed.run());
        unit.addValueChangeListener(e -> changed.run());
        action.addValueChangeListener(e -> changed.run());
        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        add(person, unit, action, from, to);
    }

    AuditQuery query() {
        return new AuditQuery(person.getValue(), unit.getValue(), action.getValue(), from.getValue(), to.getValue());
    }
}
