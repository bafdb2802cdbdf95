package vn.thuocdo.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingRecords;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every task waiting for the signed-in person, filtered by round and unit, due dates and overdue shown. */
@Route(value = "inbox", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Hộp việc · Thước Đo")
@PermitAll
public class InboxView extends VerticalLayout {

    private final Tasks tasks;
    private final Actor actor;
    private final Clock clock;
    private final Map<String, Round> rounds;
    private final Map<String, Unit> known;
    private final Grid<WorkItem> grid = new Grid<>();
    private final ComboBox<Round> roundFilter = new ComboBox<>();
    private final ComboBox<Unit> unitFilter = new ComboBox<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    private final SamplingRecords records;
    /** Whether each shown task came back, asked once per task while the page is open. */
    private final Map<String, Boolean> returned = new java.util.HashMap<>();

    InboxView(Tasks tasks, Rounds rounds, Units units, SamplingRecords records, CurrentActor currentActor,
              Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.clock = clock;
        this.actor = currentActor.get();
        this.rounds = rounds.visibleTo(actor).stream().collect(Collectors.toMap(Round::id, Function.identity()));
        List<String> unitIds = new java.util.ArrayList<>(this.rounds.values().stream()
                .flatMap(r -> r.participants().stream()).distinct().toList());
        unitIds.add(actor.unitId());
        this.known = units.byId(unitIds);
        setSizeFull();
        add(new H2(getTranslation("inbox.title")), filters(), count, grid, empty);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        roundFilter.setLabel(getTranslation("inbox.filter.round"));
        roundFilter.setItems(rounds.values().stream().sorted((a, b) -> Integer.compare(b.year(), a.year())).toList());
        roundFilter.setItemLabelGenerator(Round::name);
        roundFilter.setClearButtonVisible(true);
        roundFilter.setPlaceholder(getTranslation("inbox.filter.all"));
        roundFilter.setWidth("24em");
        // On a phone the filters take the screen's width and wrap, rather than pushing the page sideways.
        roundFilter.setMaxWidth("100%");
        roundFilter.addValueChangeListener(e -> refresh());
        roundFilter.setId("filter-round");
        unitFilter.setLabel(getTranslation("inbox.filter.unit"));
        unitFilter.setItemLabelGenerator(u -> u.code() + " · " + u.name());
        unitFilter.setClearButtonVisible(true);
        unitFilter.setPlaceholder(getTranslation("inbox.filter.all"));
        unitFilter.setWidth("20em");
        unitFilter.setMaxWidth("100%");
        unitFilter.setId("filter-unit");
        unitFilter.addValueChangeListener(e -> refresh());
        unitFilter.setItems(known.values().stream().filter(u -> !u.id().equals(actor.unitId()) || !actor.has(Role.MINISTRY_COORDINATOR))
                .sorted(java.util.Comparator.comparing(Unit::code)).toList());
        // An officer acts for one unit only: a unit filter would offer nothing to choose.
        unitFilter.setVisible(actor.has(Role.MINISTRY_COORDINATOR));
        HorizontalLayout filters = new HorizontalLayout(roundFilter, unitFilter);
        filters.setWrap(true);
        filters.setMaxWidth("100%");
        return filters;
    }

    private void configureGrid() {
        grid.setId("inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::task).setKey("task").setHeader(getTranslation("inbox.col.task")).setWidth("14em").setFlexGrow(2);
        grid.addColumn(item -> unitName(item.unitId())).setHeader(getTranslation("inbox.col.unit")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(item -> rounds.containsKey(item.roundId()) ? rounds.get(item.roundId()).name() : "")
                .setHeader(getTranslation("inbox.col.round")).setWidth("14em").setFlexGrow(2);
        // Task and round names run long ("… (minh hoạ khảo sát)"): they wrap, so the due date and the status stay
        // on screen instead of sliding under the frozen button column.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(item -> Formats.date(item.due())).setHeader(getTranslation("inbox.col.due")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("inbox.col.status")).setAutoWidth(true);
        grid.addComponentColumn(item -> {
            Button open = new Button(getTranslation("common.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(item.formKey() + "/" + item.taskId())));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            // Every row's button reads "Mở": a screen reader (or a test) tells them apart by the task and its unit.
            String unit = unitName(item.unitId());
            open.getElement().setAttribute("aria-label", unit.isBlank()
                    ? getTranslation("inbox.openTask", item.name())
                    : getTranslation("inbox.openTaskOfUnit", item.name(), unit));
            return open;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().formKey() + "/" + e.getItem().taskId())));
    }

    /** The task's name; a submission that came back says so, or it looks like the first request. */
    private Component task(WorkItem item) {
        HorizontalLayout task = new HorizontalLayout(new Span(item.name()));
        task.setSpacing(true);
        task.setAlignItems(Alignment.BASELINE);
        if (returned.computeIfAbsent(item.taskId(), id -> records.returned(item))) {
            Span badge = Badges.of(getTranslation("inbox.returned"), "warning");
            badge.addClassName("td-returned");
            task.add(badge);
        }
        return task;
    }

    private Span status(WorkItem item) {
        if (item.due() == null) {
            return Badges.of(getTranslation("inbox.noDue"), "neutral");
        }
        LocalDate today = TimeZones.today(clock);
        long days = ChronoUnit.DAYS.between(today, item.due());
        if (days < 0) {
            return Badges.of(getTranslation("inbox.overdue", -days), "error");
        }
        if (days == 0) {
            return Badges.of(getTranslation("inbox.dueToday"), "warning");
        }
        return Badges.of(getTranslation("inbox.dueIn", days), days <= 3 ? "warning" : "info");
    }

    private String unitName(String unitId) {
        return unitId == null ? "" : known.containsKey(unitId) ? known.get(unitId).name() : unitId;
    }

    private void refresh() {
        InboxFilter filter = new InboxFilter(roundFilter.getValue() == null ? null : roundFilter.getValue().id(),
                unitFilter.getValue() == null ? null : unitFilter.getValue().id());
        long total = tasks.countInbox(actor, filter);
        grid.setItems(DataProvider.fromCallbacks(
                query -> tasks.inbox(actor, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) total));
        count.setText(getTranslation("inbox.count", total));
        empty.setText(getTranslation("inbox.empty"));
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
    }
}
