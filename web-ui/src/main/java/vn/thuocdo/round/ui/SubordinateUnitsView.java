package vn.thuocdo.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.time.LocalDate;

/**
 * A province's coordinator registers the departments and communes its own round evaluates. At the ministry the
 * page only explains itself: national rounds take the official unit register.
 */
@Route(value = "units", layout = MainLayout.class)
@PageTitle("Đơn vị trực thuộc · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class SubordinateUnitsView extends VerticalLayout {

    private final Units units;
    private final Actor actor;
    final Grid<Unit> grid = new Grid<>();
    final ComboBox<UnitKind> kind = new ComboBox<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Button add = new Button();

    SubordinateUnitsView(Units units, CurrentActor currentActor) {
        this.units = units;
        this.actor = currentActor.get();
        Unit own = units.get(actor.unitId());
        add(new H2(getTranslation("units.title", own.name())));
        if (own.kind() != UnitKind.PROVINCE) {
            Div note = new Div(new Paragraph(getTranslation("units.onlyProvinces")));
            note.addClassNames("td-callout", "warning");
            note.setId("units-note");
            add(note);
            return;
        }
        grid.setId("subordinate-units");
        grid.addColumn(Unit::code).setHeader(getTranslation("dashboard.col.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Unit::name).setHeader(getTranslation("dashboard.col.unit")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation("units.kind." + u.kind())).setHeader(getTranslation("units.kind"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        kind.setLabel(getTranslation("units.kind"));
        kind.setItems(UnitKind.DEPARTMENT, UnitKind.COMMUNE);
        kind.setItemLabelGenerator(k -> getTranslation("units.kind." + k));
        kind.setValue(UnitKind.DEPARTMENT);
        code.setLabel(getTranslation("units.code"));
        code.setHelperText(getTranslation("units.codeHelp"));
        name.setLabel(getTranslation("units.name"));
        add.setText(getTranslation("units.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-unit");
        add.addClickListener(e -> register());
        add(new H3(getTranslation("units.addTitle")), new FormLayout(kind, code, name), add, grid);
        refresh();
    }

    void register() {
        try {
            Unit unit = units.register(actor.unitId(), kind.getValue(), code.getValue(), name.getValue(), actor);
            Notices.success(getTranslation("units.added", unit.name()));
            code.clear();
            name.clear();
            refresh();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }

    private void refresh() {
        grid.setItems(units.childrenOn(actor.unitId(), LocalDate.now()));
    }
}
