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
import vn.thuocdo.units.Commune;
import vn.thuocdo.units.CommuneRegister;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A province's coordinator registers the departments and communes its own round evaluates: a department by code and
 * name, a commune picked from the commune register (searched by name or code). At the ministry the page only
 * explains itself: national rounds take the official unit register.
 */
@Route(value = "units", layout = MainLayout.class)
@PageTitle("Đơn vị trực thuộc · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class SubordinateUnitsView extends VerticalLayout {

    private final Units units;
    private final CommuneRegister register;
    private final Actor actor;
    final Grid<Unit> grid = new Grid<>();
    final ComboBox<UnitKind> kind = new ComboBox<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<Commune> commune = new ComboBox<>();
    final Button add = new Button();

    SubordinateUnitsView(Units units, CommuneRegister register, CurrentActor currentActor) {
        this.units = units;
        this.register = register;
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
        code.setLabel(getTranslation("units.code"));
        code.setHelperText(getTranslation("units.codeHelp"));
        name.setLabel(getTranslation("units.name"));
        add.setText(getTranslation("units.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-unit");
        add.addClickListener(e -> register());
        commune.setId("commune");
        commune.setLabel(getTranslation("units.commune"));
        commune.setHelperText(getTranslation("units.communeHelp"));
        commune.setItemLabelGenerator(SubordinateUnitsView::label);
        commune.setClearButtonVisible(true);
        commune.setWidthFull();
        kind.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        kind.setValue(UnitKind.DEPARTMENT);
        add(new H3(getTranslation("units.addTitle")), new FormLayout(kind, code, name, commune), add, grid);
        refresh();
    }

    /** A department is typed; a commune is picked, so only real communes of the province can be registered. */
    private void showFieldsFor(UnitKind chosen) {
        boolean isCommune = chosen == UnitKind.COMMUNE;
        code.setVisible(!isCommune);
        name.setVisible(!isCommune);
        commune.setVisible(isCommune);
    }

    void register() {
        try {
            Unit unit;
            if (kind.getValue() == UnitKind.COMMUNE) {
                Commune picked = commune.getValue();
                if (picked == null) {
                    commune.setErrorMessage(getTranslation("units.communeRequired"));
                    commune.setInvalid(true);
                    return;
                }
                unit = units.register(actor.unitId(), UnitKind.COMMUNE, picked.code(), picked.name(), actor);
                commune.clear();
                commune.setInvalid(false);
            } else {
                unit = units.register(actor.unitId(), kind.getValue(), code.getValue(), name.getValue(), actor);
                code.clear();
                name.clear();
            }
            Notices.success(getTranslation("units.added", unit.name()));
            refresh();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }

    private void refresh() {
        LocalDate today = LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM);
        java.util.List<Unit> children = units.childrenOn(actor.unitId(), today);
        grid.setItems(children);
        // The communes not registered yet, searchable by name without diacritics ("hong bang") or by code.
        Set<String> taken = children.stream().filter(u -> u.kind() == UnitKind.COMMUNE).map(Unit::code)
                .collect(Collectors.toSet());
        commune.setItems((c, filter) -> plain(label(c)).contains(plain(filter)),
                register.communesOf(actor.unitId(), today).stream().filter(c -> !taken.contains(c.code())).toList());
    }

    private static String label(Commune commune) {
        return commune.code() + " · " + commune.name();
    }

    /** Lower case without Vietnamese diacritics, so a search need not type them. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }
}
