package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.forms.Option;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.officials.GroupRate;
import vn.thuocdo.survey.officials.OfficialsSurvey;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round's coordinator sees the officials' response rate of every participating unit, per position group and in
 * all: counts only, as every official does. Units that have listed nobody yet show as such, so a unit that has not
 * started stands out.
 */
@Route(value = OfficialsRatesView.ROUTE, layout = MainLayout.class)
@PageTitle("Tỷ lệ trả lời của cán bộ, công chức · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class OfficialsRatesView extends VerticalLayout implements BeforeEnterObserver {

    private List<Round> rounds = List.of();

    public static final String ROUTE = "survey/officials/rates";

    private final OfficialsSurvey survey;
    private final Units units;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    final Grid<UnitRates> grid = new Grid<>();
    final Paragraph total = new Paragraph();

    OfficialsRatesView(OfficialsSurvey survey, Units units, CurrentActor actor) {
        this.survey = survey;
        this.units = units;
        this.actor = actor.get();
        add(new H2(getTranslation("officials.rates.coordinator")));
        rounds = survey.roundsOf(this.actor).stream()
                .filter(r -> r.organiserUnitId().equals(this.actor.unitId())).toList();
        if (rounds.isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("officials.rates.none")));
            none.addClassNames("td-callout", "neutral");
            none.setId("officials-rates-none");
            add(none);
            return;
        }
        RoundChoice.setUp(round, "officials.round", "officials-rates-round", rounds, ROUTE, this::show);
        Paragraph note = new Paragraph(getTranslation("officials.rates.coordinatorNote"));
        note.addClassName("td-muted");
        grid.setId("officials-rates-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // Every unit on the page: at most a few dozen provinces and ministries take part.
        grid.setAllRowsVisible(true);
        total.setId("officials-rates-total");
        add(note, round, total, grid);
        setWidthFull();
        round.setValue(rounds.get(0));
    }

    /** One unit's row: its rate per position group and in all. */
    record UnitRates(String unitId, String unitName, Map<String, GroupRate> byGroup, GroupRate all) {
    }

    /** {@code ?round=<id>} opens that round (a link, a bookmark); else the newest. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds);
    }

    private void show(Round chosen) {
        List<Option> groups = survey.positionGroups(chosen.id());
        List<GroupRate> rates;
        try {
            rates = survey.roundRates(chosen.id(), actor);
        } catch (Rejected refused) {
            Notices.refused(refused);
            return;
        }
        Map<String, Map<String, GroupRate>> byUnit = new HashMap<>();
        for (GroupRate rate : rates) {
            byUnit.computeIfAbsent(rate.unitId(), u -> new HashMap<>()).put(rate.positionGroup(), rate);
        }
        Map<String, Unit> named = units.byId(chosen.participants());
        List<UnitRates> rows = new ArrayList<>();
        long invited = 0;
        long answered = 0;
        for (String unitId : chosen.participants()) {
            Map<String, GroupRate> mine = byUnit.getOrDefault(unitId, Map.of());
            long unitInvited = mine.values().stream().mapToLong(GroupRate::invited).sum();
            long unitAnswered = mine.values().stream().mapToLong(GroupRate::answered).sum();
            invited += unitInvited;
            answered += unitAnswered;
            Unit unit = named.get(unitId);
            rows.add(new UnitRates(unitId, unit == null ? unitId : unit.name(), mine,
                    new GroupRate(unitId, null, unitInvited, unitAnswered)));
        }
        rows.sort(java.util.Comparator.comparing(UnitRates::unitName));
        grid.removeAllColumns();
        grid.addColumn(UnitRates::unitName).setHeader(getTranslation("officials.col.unit")).setFlexGrow(3)
                .setSortable(true).setFrozen(true);
        Map<String, String> labels = new LinkedHashMap<>();
        groups.forEach(g -> labels.put(g.key(), g.label().in(getLocale())));
        for (Map.Entry<String, String> group : labels.entrySet()) {
            // The groups' labels are long ("Lãnh đạo cấp phòng hoặc tương đương"): wrapped, not cut.
            Span header = new Span(group.getValue());
            header.getStyle().set("white-space", "normal");
            grid.addComponentColumn(row -> cell(row.byGroup().get(group.getKey()))).setHeader(header)
                    .setFlexGrow(2);
        }
        grid.addComponentColumn(row -> cell(row.all())).setHeader(getTranslation("officials.col.all"))
                .setFlexGrow(2);
        grid.setItems(rows);
        GroupRate all = new GroupRate(null, null, invited, answered);
        total.setText(getTranslation("officials.rates.total", Formats.number(answered), Formats.number(invited),
                all.invited() == 0 ? "–" : all.percent() + "%"));
    }

    /** "12/40 · 30%" over a bar; a unit that has listed nobody in the group says so. */
    private Component cell(GroupRate rate) {
        if (rate == null || rate.invited() == 0) {
            Span none = new Span(getTranslation("officials.rates.nobody"));
            none.addClassName("td-muted");
            return none;
        }
        ProgressBar bar = new ProgressBar(0, 1, (double) rate.answered() / rate.invited());
        Span text = new Span(getTranslation("officials.rates.cell", Formats.number(rate.answered()),
                Formats.number(rate.invited()), rate.percent()));
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout cell = new VerticalLayout(text, bar);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }
}
