package vn.thuocdo.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundState;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.List;

/** The coordinator's rounds: drafts to launch, running rounds to follow. */
@Route(value = "rounds", layout = MainLayout.class)
@PageTitle("Đợt đánh giá · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class RoundsView extends VerticalLayout {

    private final Rounds rounds;
    private final Actor actor;
    private final Grid<Round> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    RoundsView(Rounds rounds, CurrentActor currentActor) {
        this.rounds = rounds;
        this.actor = currentActor.get();
        setSizeFull();
        Button create = new Button(getTranslation("rounds.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(RoundLaunchView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-round");
        add(new H2(getTranslation("rounds.title")), create, grid, empty);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.setId("rounds");
        grid.setAllRowsVisible(true);
        grid.addColumn(Round::year).setHeader(getTranslation("rounds.col.year")).setAutoWidth(true).setFlexGrow(0);
        // The name takes the room left: sized to the longest name it pushed the actions out of sight.
        grid.addColumn(Round::name).setHeader(getTranslation("rounds.col.name")).setFlexGrow(3);
        grid.addComponentColumn(r -> Badges.of(getTranslation("round.state." + r.state()), tone(r.state())))
                .setHeader(getTranslation("rounds.col.state")).setAutoWidth(true);
        grid.addColumn(r -> r.participants().size()).setHeader(getTranslation("rounds.col.units")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.samplingDue())).setHeader(getTranslation("rounds.col.due")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
    }

    private HorizontalLayout actions(Round round) {
        HorizontalLayout actions = new HorizontalLayout();
        if (round.state() == RoundState.DRAFT) {
            Button launch = new Button(getTranslation("rounds.launch"), e -> confirmLaunch(round));
            launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            launch.setId("launch-" + round.id());
            actions.add(launch);
        }
        Button dashboard = new Button(getTranslation("rounds.dashboard"),
                e -> getUI().ifPresent(ui -> ui.navigate(RoundDashboardView.class, round.id())));
        dashboard.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(dashboard);
        return actions;
    }

    private void confirmLaunch(Round round) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("rounds.launch.confirm.title"));
        dialog.add(new Paragraph(getTranslation("rounds.launch.confirm.text", round.participants().size(),
                Formats.date(round.samplingDue()))));
        Button confirm = new Button(getTranslation("rounds.launch"), e -> {
            dialog.close();
            launch(round);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setId("confirm-launch");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void launch(Round round) {
        try {
            Round launched = rounds.launch(round.id(), actor);
            Notices.success(getTranslation("rounds.launched", launched.name(), launched.participants().size()));
            getUI().ifPresent(ui -> ui.navigate(RoundDashboardView.class, launched.id()));
        } catch (Rejected refused) {
            Notices.refused(refused);
            refresh();
        }
    }

    private void refresh() {
        List<Round> all = rounds.visibleTo(actor);
        grid.setItems(all);
        empty.setText(getTranslation("rounds.empty"));
        empty.setVisible(all.isEmpty());
    }

    static String tone(RoundState state) {
        return switch (state) {
            case DRAFT -> "neutral";
            case LAUNCHED -> "info";
            case COMPLETED -> "success";
            case CANCELLED -> "error";
        };
    }
}
