package vn.thuocdo.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundEvent;
import vn.thuocdo.round.RoundStage;
import vn.thuocdo.round.RoundState;
import vn.thuocdo.round.StageDue;
import vn.thuocdo.round.StagePhase;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The year's stages in order, sampling first, each with its deadline and where it stands, and the stage now under
 * way named above them. Sampling is not one of the later stages the round schedules, so without its own row a
 * launched round showed every stage "Chưa đến" while the units were busy with it.
 */
class StageSchedule extends VerticalLayout {

    /** Where a stage stands; STOPPED for the stages a cancelled round never finished. */
    enum Standing { DONE, CURRENT, UPCOMING, STOPPED }

    /** One row: the stage's message key, its deadline, where it stands and, for a later stage, which it is. */
    record Row(String key, LocalDate due, Standing standing, RoundStage later) {
    }

    final Grid<Row> grid = new Grid<>();
    /** The stage under way, in words; the dashboard shows it at the top, where the coordinator looks first. */
    final Span current = new Span();

    StageSchedule(Round round, List<StageDue> later, List<RoundEvent> history, boolean movable,
                  Consumer<StageDue> reschedule) {
        setPadding(false);
        List<Row> rows = rows(round, later, history);
        current.setId("current-stage");
        current.setText(currentText(round, rows));
        grid.setId("schedule");
        grid.addColumn(r -> getTranslation("schedule.stage." + r.key())).setHeader(getTranslation("schedule.stage"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.due() == null ? getTranslation("schedule.noDue") : Formats.date(r.due()))
                .setHeader(getTranslation("dashboard.col.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> Badges.of(getTranslation("schedule.state." + r.standing()), tone(r.standing())))
                .setKey("state").setHeader(getTranslation("schedule.state")).setAutoWidth(true).setFlexGrow(0);
        if (movable) {
            grid.addComponentColumn(r -> {
                if (r.later() == null || r.standing() == Standing.DONE) {
                    // Sampling's deadline is each unit's: it moves by extension, from the unit's row.
                    return new Span();
                }
                Button move = new Button(getTranslation("schedule.reschedule"),
                        e -> reschedule.accept(new StageDue(r.later(), r.due(), StagePhase.valueOf(r.standing().name()))));
                move.addThemeVariants(ButtonVariant.LUMO_SMALL);
                move.setId("reschedule-" + r.later().key());
                return move;
            }).setKey("reschedule").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        current.addClassNames("td-badge", "info", "td-current-stage");
        add(new H3(getTranslation("schedule.title")), grid);
    }

    /** Sampling, then the later stages as the round reports them. */
    static List<Row> rows(Round round, List<StageDue> later, List<RoundEvent> history) {
        boolean samplingDone = round.state() == RoundState.COMPLETED
                || history.stream().anyMatch(e -> e.action().equals("SAMPLING_COMPLETED"));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("sampling", round.samplingDue(), samplingDone ? Standing.DONE
                : round.state() == RoundState.LAUNCHED ? Standing.CURRENT : standingOf(round, StagePhase.UPCOMING), null));
        for (StageDue stage : later) {
            rows.add(new Row(stage.stage().key(), stage.due(), standingOf(round, stage.phase()), stage.stage()));
        }
        return rows;
    }

    private static Standing standingOf(Round round, StagePhase phase) {
        Standing standing = switch (phase) {
            case DONE -> Standing.DONE;
            case CURRENT -> Standing.CURRENT;
            case UPCOMING -> Standing.UPCOMING;
        };
        return round.state() == RoundState.CANCELLED && standing != Standing.DONE ? Standing.STOPPED : standing;
    }

    private String currentText(Round round, List<Row> rows) {
        return rows.stream().filter(r -> r.standing() == Standing.CURRENT).findFirst()
                .map(r -> getTranslation("schedule.current", getTranslation("schedule.stage." + r.key()),
                        r.due() == null ? getTranslation("schedule.noDue") : Formats.date(r.due())))
                .orElseGet(() -> getTranslation("schedule.current." + round.state()));
    }

    private static String tone(Standing standing) {
        return switch (standing) {
            case DONE -> "success";
            case CURRENT -> "info";
            case UPCOMING -> "neutral";
            case STOPPED -> "error";
        };
    }
}
