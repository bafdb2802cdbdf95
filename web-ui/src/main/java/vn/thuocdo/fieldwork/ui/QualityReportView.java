package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.ChecksReport;
import vn.thuocdo.fieldwork.EnumeratorChecks;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.QualityReports;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * Each enumerator's checks in a round, as counts: interviews, flagged interviews, flags per rule of the design,
 * how they were decided, and the call-backs. The supervisor reads their branch; the organiser's coordinators and
 * survey statisticians the whole round, with the branch beside each name.
 */
@Route(value = QualityReportView.ROUTE, layout = MainLayout.class)
@PageTitle("Chất lượng theo điều tra viên · Thước Đo")
@RolesAllowed({"fieldwork-supervisor", "ministry-coordinator", "survey-statistician"})
public class QualityReportView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/quality";

    private final QualityReports reports;
    private final Actor actor;
    private final List<FieldworkRound> rounds;
    final Select<FieldworkRound> round = new Select<>();
    final Div part = new Div();
    Grid<EnumeratorChecks> grid;

    QualityReportView(QualityReports reports, CurrentActor actor) {
        this.reports = reports;
        this.actor = actor.get();
        add(new H2(getTranslation("fwchk.quality.title")));
        rounds = reports.rounds(this.actor);
        if (rounds.isEmpty()) {
            add(CheckScreens.none("fwchk.noReportRounds"));
            return;
        }
        RoundChoice.setUp(round, "fwchk.round", "fwchk-round", rounds, FieldworkRound::id, FieldworkRound::name, ROUTE,
                this::show);
        part.setWidthFull();
        add(new Paragraph(getTranslation("fwchk.quality.explain")), round, part);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds, FieldworkRound::id);
    }

    void show(FieldworkRound chosen) {
        part.removeAll();
        ChecksReport report;
        try {
            report = reports.byEnumerator(actor, chosen.id());
        } catch (Rejected refused) {
            part.add(CheckScreens.refusal(refused));
            return;
        }
        if (report.enumerators().isEmpty()) {
            part.add(CheckScreens.none("fwchk.quality.empty"));
            return;
        }
        grid = new Grid<>();
        grid.setId("fwchk-quality");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EnumeratorChecks::name).setHeader(getTranslation("fwchk.col.enumerator"))
                .setWidth("11rem").setFlexGrow(1).setFrozen(true);
        // The ministry reads every branch: which one each enumerator works for is half of what it looks for.
        if (!actor.has(Role.FIELDWORK_SUPERVISOR)
                || report.enumerators().stream().map(EnumeratorChecks::branchId).distinct().count() > 1) {
            grid.addColumn(EnumeratorChecks::branchName).setHeader(getTranslation("fwchk.col.branch"))
                    .setWidth("11rem").setFlexGrow(1);
        }
        count("fwchk.col.interviews", EnumeratorChecks::interviews);
        count("fwchk.col.flagged", EnumeratorChecks::flagged);
        // A column per rule that fired in the round; the rules that never did are named under the table.
        List<ChecksReport.Rule> fired = report.rules().stream().filter(r -> report.enumerators().stream()
                .anyMatch(e -> e.flagsByRule().getOrDefault(r.id(), 0) > 0)).toList();
        List<Grid.Column<EnumeratorChecks>> byRule = new ArrayList<>();
        for (ChecksReport.Rule rule : fired) {
            Span header = new Span(CheckWords.rule(this, rule.id(), rule.label()));
            if (rule.label() != null) {
                header.setTitle(rule.label().in(getLocale()));
            }
            Grid.Column<EnumeratorChecks> column = number(e -> e.flagsByRule().getOrDefault(rule.id(), 0));
            column.setHeader(header);
            byRule.add(column);
        }
        List<Grid.Column<EnumeratorChecks>> decided = List.of(count("fwchk.col.open", EnumeratorChecks::open),
                count("fwchk.col.cleared", EnumeratorChecks::cleared),
                count("fwchk.col.upheld", EnumeratorChecks::upheld));
        List<Grid.Column<EnumeratorChecks>> called = List.of(count("fwchk.col.callBacks", EnumeratorChecks::callBacks),
                count("fwchk.col.confirmed", EnumeratorChecks::confirmed),
                count("fwchk.col.mismatched", EnumeratorChecks::mismatched),
                count("fwchk.col.unreachable", EnumeratorChecks::unreachable));
        HeaderRow groups = grid.prependHeaderRow();
        if (byRule.size() > 1) {
            groups.join(byRule.toArray(Grid.Column[]::new)).setText(getTranslation("fwchk.quality.byRule"));
        } else if (byRule.size() == 1) {
            groups.getCell(byRule.get(0)).setText(getTranslation("fwchk.quality.byRule"));
        }
        groups.join(decided.toArray(Grid.Column[]::new)).setText(getTranslation("fwchk.quality.decided"));
        groups.join(called.toArray(Grid.Column[]::new)).setText(getTranslation("fwchk.quality.called"));
        grid.setItems(report.enumerators());
        CheckScreens.fit(grid, report.enumerators().size());
        part.add(grid);
        List<String> quiet = report.rules().stream().filter(r -> !fired.contains(r))
                .map(r -> CheckWords.rule(this, r.id(), r.label())).toList();
        if (!quiet.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("fwchk.quality.quietRules", String.join(", ", quiet)));
            none.addClassName("td-muted");
            none.setId("fwchk-quiet-rules");
            part.add(none);
        }
    }

    private Grid.Column<EnumeratorChecks> count(String key, ValueProvider<EnumeratorChecks, Integer> value) {
        return number(value).setHeader(getTranslation(key));
    }

    private Grid.Column<EnumeratorChecks> number(ValueProvider<EnumeratorChecks, Integer> value) {
        // Narrow, the header wrapping over two or three lines: the table fits a laptop beside the menu. In rem, not
        // em: header cells have a smaller font, and em would give them other widths than the body's.
        return grid.addColumn(e -> VietnameseFormats.number(value.apply(e))).setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5rem").setFlexGrow(1);
    }
}
