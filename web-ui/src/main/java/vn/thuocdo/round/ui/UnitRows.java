package vn.thuocdo.round.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import vn.thuocdo.round.RoundProgress;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.round.UnitProgress;
import vn.thuocdo.web.Badges;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The dashboard's units: found by name or code, narrowed to one state of the stage at hand, sorted by any column,
 * and each opening the unit's request. Rows come with the stage columns the round reports and the actions the
 * dashboard adds.
 */
class UnitRows extends VerticalLayout {

    /** The read-only request view of the sampling capability, by route: the round's screens must not import it. */
    static final String REQUEST_ROUTE = "sampling/request";
    /** The order of the sampling states when sorted: those that need someone's attention first. */
    private static final List<String> STATE_ORDER = List.of("RETURNED", "REQUESTED", "SUBMITTED", "APPROVED",
            "WITHDRAWN");

    final Grid<UnitProgress> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<String> state = new ComboBox<>();
    private GridListDataView<UnitProgress> rows;

    UnitRows(String roundId, RoundProgress progress, String stage,
             BiFunction<String, StageStatus, Component> stageCell, Function<UnitProgress, Component> actions) {
        setPadding(false);
        search.setLabel(getTranslation("dashboard.search"));
        search.setPlaceholder(getTranslation("dashboard.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("unit-search");
        search.addValueChangeListener(e -> rows.refreshAll());
        state.setLabel(getTranslation("dashboard.filter.state"));
        state.setItems(STATE_ORDER);
        state.setItemLabelGenerator(s -> getTranslation("stage." + stage + ".state." + s));
        state.setPlaceholder(getTranslation("inbox.filter.all"));
        state.setClearButtonVisible(true);
        state.setId("unit-state");
        state.setWidth("20em");
        state.addValueChangeListener(e -> rows.refreshAll());
        HorizontalLayout filters = new HorizontalLayout(search, state);
        filters.setWrap(true);

        grid.setId("units");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true);
        grid.addColumn(UnitProgress::unitCode).setKey("code").setHeader(getTranslation("dashboard.col.code"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(u -> {
            Span name = new Span(u.unitName());
            if (u.overdue()) {
                name.addClassName("td-overdue-row");
            }
            return name;
        }).setKey("unit").setHeader(getTranslation("dashboard.col.unit")).setFlexGrow(2)
                .setComparator(Comparator.comparing(UnitProgress::unitName, collator()));
        for (String key : progress.stages()) {
            grid.addComponentColumn(u -> stageCell.apply(key, u.stage(key))).setKey("stage-" + key)
                    .setHeader(getTranslation("stage." + key + ".title")).setAutoWidth(true)
                    .setComparator(Comparator.comparing((UnitProgress u) -> stateRank(u.stage(key)))
                            .thenComparing(u -> u.stage(key) == null || u.stage(key).due() == null
                                    ? java.time.LocalDate.MAX : u.stage(key).due()));
        }
        grid.addComponentColumn(this::flags).setKey("flags").setHeader(getTranslation("dashboard.col.flags"))
                .setAutoWidth(true).setComparator(Comparator.comparing(UnitProgress::overdue).reversed());
        if (actions != null) {
            grid.addComponentColumn(actions::apply).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addItemDoubleClickListener(e -> open(roundId, e.getItem()));
        grid.addComponentColumn(u -> {
            com.vaadin.flow.component.button.Button view = new com.vaadin.flow.component.button.Button(
                    getTranslation("dashboard.open"), e -> open(roundId, u));
            view.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            return view;
        }).setKey("open").setAutoWidth(true).setFlexGrow(0);
        rows = grid.setItems(progress.units());
        rows.addFilter(u -> matches(u, search.getValue()) && (state.getValue() == null
                || (u.stage(stage) != null && u.stage(stage).state().equals(state.getValue()))));
        grid.setAllRowsVisible(progress.units().size() <= 70);
        add(filters, grid);
    }

    /** Units shown after the filters, in the grid's order. */
    List<UnitProgress> shown() {
        return rows.getItems().toList();
    }

    private void open(String roundId, UnitProgress unit) {
        getUI().ifPresent(ui -> ui.navigate(REQUEST_ROUTE,
                QueryParameters.simple(Map.of("round", roundId, "unit", unit.unitId()))));
    }

    /** By name or code, without the Vietnamese marks, so "hai phong" finds "Hải Phòng". */
    static boolean matches(UnitProgress unit, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = plain(text.strip());
        return plain(unit.unitName()).contains(wanted) || unit.unitCode().contains(wanted);
    }

    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static int stateRank(StageStatus status) {
        return status == null ? STATE_ORDER.size() : Math.max(0, STATE_ORDER.indexOf(status.state()));
    }

    private static Comparator<String> collator() {
        java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag("vi"));
        return collator::compare;
    }

    private Component flags(UnitProgress unit) {
        HorizontalLayout flags = new HorizontalLayout();
        if (unit.overdue()) {
            flags.add(Badges.of(getTranslation("dashboard.flag.overdue"), "error"));
        }
        if (unit.stages().values().stream().anyMatch(StageStatus::submittedLate)) {
            flags.add(Badges.of(getTranslation("dashboard.flag.late"), "warning"));
        }
        return flags;
    }
}
