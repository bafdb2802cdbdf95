package vn.thuocdo.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.forms.FormCatalogue;
import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Creating a round: year, methodology, deadline and participants; launched at once or kept as a draft. */
@Route(value = "rounds/new", layout = MainLayout.class)
@PageTitle("Tạo đợt đánh giá · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class RoundLaunchView extends VerticalLayout {

    private final Rounds rounds;
    private final Units units;
    private final Actor actor;
    final IntegerField year = new IntegerField();
    final TextField name = new TextField();
    final ComboBox<FormDefinition> form = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final IntegerField reminderDays = new IntegerField();
    /** The later stages' deadlines, in the year's order; each may be left empty and set when known. */
    final java.util.Map<String, DatePicker> schedule = new java.util.LinkedHashMap<>();
    final CheckboxGroup<Unit> provinces = new CheckboxGroup<>();
    final CheckboxGroup<Unit> ministries = new CheckboxGroup<>();
    private final Span selected = new Span();
    private boolean provincial;
    final Button launch = new Button();
    final Button prepare = new Button();

    RoundLaunchView(Rounds rounds, Units units, FormCatalogue forms, CurrentActor currentActor, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.actor = currentActor.get();
        LocalDate today = TimeZones.today(clock);

        year.setLabel(getTranslation("launch.year"));
        year.setValue(today.getYear());
        year.setMin(2020);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> {
            loadUnits();
            name.setValue(getTranslation("launch.name.default", String.valueOf(year.getValue())));
        });
        name.setLabel(getTranslation("launch.name"));
        name.setValue(getTranslation("launch.name.default", String.valueOf(today.getYear())));
        name.setRequiredIndicatorVisible(true);
        TextLimits.count(name, NewRound.MAX_NAME);
        // The organiser decides the level: the ministry evaluates provinces and ministries, a province its own units.
        provincial = units.get(actor.unitId()).kind() == UnitKind.PROVINCE;
        TextField level = new TextField(getTranslation("launch.level"));
        level.setValue(getTranslation("round.level." + (provincial ? "PROVINCIAL" : "NATIONAL")));
        level.setReadOnly(true);
        form.setLabel(getTranslation("launch.form"));
        form.setItems(forms.versions("sampling-request"));
        form.setItemLabelGenerator(f -> f.title().in(getLocale()) + " (v" + f.version() + ")");
        form.setValue(forms.versions("sampling-request").get(0));
        due.setLabel(getTranslation("launch.due"));
        due.setLocale(getLocale());
        due.setMin(today);
        due.setValue(today.plusDays(30));
        due.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));

        reminderDays.setLabel(getTranslation("launch.reminderDays"));
        reminderDays.setHelperText(getTranslation("launch.reminderDays.help"));
        reminderDays.setMin(0);
        reminderDays.setMax(NewRound.MAX_REMINDER_DAYS);
        reminderDays.setValue(NewRound.DEFAULT_REMINDER_DAYS);
        reminderDays.setStepButtonsVisible(true);
        reminderDays.setId("reminder-days");

        FormLayout fields = new FormLayout(year, name, level, form, due, reminderDays);
        fields.setColspan(name, 2);
        FormLayout stages = new FormLayout();
        for (vn.thuocdo.round.RoundStage stage : rounds.stages()) {
            DatePicker picker = new DatePicker(getTranslation("schedule.stage." + stage.key()));
            picker.setLocale(getLocale());
            picker.setMin(today);
            picker.setClearButtonVisible(true);
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
            picker.setId("due-" + stage.key());
            schedule.put(stage.key(), picker);
            stages.add(picker);
        }
        com.vaadin.flow.component.html.Paragraph scheduleHelp = new com.vaadin.flow.component.html.Paragraph(
                getTranslation("launch.schedule.help"));
        scheduleHelp.addClassName("td-muted");
        provinces.setLabel(getTranslation(provincial ? "launch.departments" : "launch.provinces"));
        provinces.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        provinces.setItemLabelGenerator(u -> u.code() + " · " + u.name());
        provinces.setId("provinces");
        provinces.addValueChangeListener(e -> countSelected());
        ministries.setLabel(getTranslation(provincial ? "launch.communes" : "launch.ministries"));
        ministries.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        ministries.setItemLabelGenerator(Unit::name);
        ministries.setId("ministries");
        ministries.addValueChangeListener(e -> countSelected());
        loadUnits();

        launch.setText(getTranslation("launch.submit"));
        launch.addClickListener(e -> save(true));
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        launch.setDisableOnClick(true);
        launch.setId("launch");
        prepare.setText(getTranslation("launch.prepare"));
        prepare.addClickListener(e -> save(false));
        prepare.setDisableOnClick(true);
        prepare.setId("prepare");
        add(new H2(getTranslation("launch.title")), fields,
                new com.vaadin.flow.component.html.H3(getTranslation("launch.schedule")), scheduleHelp, stages,
                new HorizontalLayout(group(provinces), group(ministries)), selected, new HorizontalLayout(launch, prepare));
    }

    private VerticalLayout group(CheckboxGroup<Unit> units) {
        Button all = new Button(getTranslation("launch.selectAll"), e -> units.setValue(new java.util.HashSet<>(units.getListDataView().getItems().toList())));
        Button none = new Button(getTranslation("launch.selectNone"), e -> units.clear());
        all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        none.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        VerticalLayout column = new VerticalLayout(new HorizontalLayout(all, none), units);
        column.setPadding(false);
        return column;
    }

    /** The units that exist at the end of the chosen year: 34 provinces from 2025, 63 before. */
    private void loadUnits() {
        int y = year.getValue() == null ? LocalDate.now().getYear() : year.getValue();
        LocalDate reference = LocalDate.of(Math.max(2020, Math.min(2100, y)), 12, 31);
        List<Unit> p;
        List<Unit> m;
        if (provincial) {
            List<Unit> own = units.childrenOn(actor.unitId(), reference);
            p = own.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).toList();
            m = own.stream().filter(u -> u.kind() == UnitKind.COMMUNE).toList();
        } else {
            p = units.evaluatedOn(UnitKind.PROVINCE, reference);
            m = units.evaluatedOn(UnitKind.MINISTRY, reference);
        }
        provinces.setItems(p);
        provinces.setValue(new java.util.HashSet<>(p));
        ministries.setItems(m);
        countSelected();
    }

    private void countSelected() {
        selected.setText(getTranslation("launch.selected", provinces.getValue().size() + ministries.getValue().size()));
    }

    private java.util.Map<String, LocalDate> chosenSchedule() {
        java.util.Map<String, LocalDate> chosen = new java.util.HashMap<>();
        schedule.forEach((stage, picker) -> {
            if (picker.getValue() != null) {
                chosen.put(stage, picker.getValue());
            }
        });
        return chosen;
    }

    void save(boolean launchNow) {
        if (!TextLimits.within(name, NewRound.MAX_NAME)) {
            launch.setEnabled(true);
            prepare.setEnabled(true);
            return;
        }
        List<String> ids = new ArrayList<>();
        provinces.getValue().forEach(u -> ids.add(u.id()));
        ministries.getValue().forEach(u -> ids.add(u.id()));
        ids.sort(String::compareTo);
        NewRound draft = new NewRound(year.getValue() == null ? 0 : year.getValue(), name.getValue(),
                provincial ? RoundLevel.PROVINCIAL : RoundLevel.NATIONAL, ids, form.getValue() == null ? null : form.getValue().reference(), due.getValue(),
                // An emptied field is out of range rather than silently the default.
                reminderDays.getValue() == null ? -1 : reminderDays.getValue(), chosenSchedule());
        try {
            Round round = launchNow ? rounds.launchNew(draft, actor) : rounds.prepare(draft, actor);
            if (launchNow) {
                Notices.success(getTranslation("rounds.launched", round.name(), round.participants().size()));
                getUI().ifPresent(ui -> ui.navigate(RoundDashboardView.class, round.id()));
            } else {
                getUI().ifPresent(ui -> ui.navigate(RoundsView.class));
            }
        } catch (Rejected refused) {
            schedule.values().forEach(picker -> picker.setInvalid(false));
            if (refused.key().equals("round.scheduleOutOfOrder")) {
                // The stages by their names, and the date to move marked where it is.
                String late = getTranslation("schedule.stage." + refused.args().get(0));
                String early = getTranslation("schedule.stage." + refused.args().get(1));
                String text = getTranslation(refused.key(), late, early);
                DatePicker picker = schedule.get(refused.args().get(0).toString());
                picker.setErrorMessage(text);
                picker.setInvalid(true);
                Notices.error(text);
            } else {
                Notices.refused(refused);
                onItsField(refused);
            }
            launch.setEnabled(true);
            prepare.setEnabled(true);
        }
    }

    /** A refusal about one field is also shown under it, where the coordinator corrects it. */
    private void onItsField(Rejected refused) {
        com.vaadin.flow.component.HasValidation field = switch (refused.key()) {
            case "round.nameRequired", "round.nameTooLong" -> name;
            case "round.dueInPast" -> due;
            case "round.reminderOutOfRange" -> reminderDays;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(Notices.text(refused));
            field.setInvalid(true);
        }
    }
}
