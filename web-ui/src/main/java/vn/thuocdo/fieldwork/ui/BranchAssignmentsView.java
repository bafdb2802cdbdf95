package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;

import java.util.List;

/**
 * A supervisor gives their branch's households to its people: commune and village, the household slots with who has
 * each and how far it got, a whole village or one household at a time, and what each person has ({@link SlotsPanel}).
 */
@Route(value = BranchAssignmentsView.ROUTE, layout = MainLayout.class)
@PageTitle("Phân công hộ · Thước Đo")
@RolesAllowed("fieldwork-supervisor")
public class BranchAssignmentsView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/branch";

    private final FieldworkTeams teams;
    private final Assignments assignments;
    private final Actor actor;
    private final List<FieldworkRound> rounds;
    final Select<FieldworkRound> round = new Select<>();
    final Div part = new Div();
    SlotsPanel panel;

    BranchAssignmentsView(FieldworkTeams teams, Assignments assignments, CurrentActor actor) {
        this.teams = teams;
        this.assignments = assignments;
        this.actor = actor.get();
        this.rounds = teams.rounds(this.actor);
        add(new H2(getTranslation("fwsup.branch.title")), new Paragraph(getTranslation("fwsup.branch.explain")));
        RoundChoice.setUp(round, "fwsup.round", "fwsup-round", rounds, FieldworkRound::id, FieldworkRound::name,
                ROUTE, this::show);
        part.setWidthFull();
        add(round, part);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (rounds.isEmpty()) {
            round.setVisible(false);
            part.add(FieldworkWords.empty(this, "fwsup.branch.none"));
            return;
        }
        RoundChoice.apply(event, round, rounds, FieldworkRound::id);
    }

    private void show(FieldworkRound chosen) {
        part.removeAll();
        try {
            panel = new SlotsPanel(teams, assignments, actor, chosen.id());
        } catch (Rejected refused) {
            part.add(FieldworkWords.refusal(refused));
            return;
        }
        part.add(panel);
    }
}
