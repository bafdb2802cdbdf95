package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;

import java.util.List;
import java.util.Map;

/**
 * The organiser's coordinator sets up a round's fieldwork in a province: the partners' branches, their supervisors
 * and enumerators, and which branch covers each sampled commune ({@link TeamPanel}).
 */
@Route(value = FieldworkTeamsView.ROUTE, layout = MainLayout.class)
@PageTitle("Tổ điều tra · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class FieldworkTeamsView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/teams";

    private final FieldworkTeams teams;
    private final Units units;
    private final Actor actor;
    private final List<FieldworkRound> rounds;
    final Select<FieldworkRound> round = new Select<>();
    final Select<String> province = new Select<>();
    final Div part = new Div();
    final Div daysPart = new Div();
    TeamPanel panel;
    FieldworkDaysPanel days;

    FieldworkTeamsView(FieldworkTeams teams, Units units, CurrentActor actor) {
        this.teams = teams;
        this.units = units;
        this.actor = actor.get();
        this.rounds = teams.rounds(this.actor);
        add(new H2(getTranslation("fwsup.teams.title")), new Paragraph(getTranslation("fwsup.teams.explain")));
        RoundChoice.setUp(round, "fwsup.round", "fwsup-round", rounds, FieldworkRound::id, FieldworkRound::name,
                ROUTE, this::showRound);
        province.setLabel(getTranslation("fwsup.teams.province"));
        province.setId("fwsup-province");
        province.setWidth("min(24em, 100%)");
        province.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showProvince(round.getValue(), e.getValue());
            }
        });
        part.setWidthFull();
        daysPart.setWidthFull();
        add(round, daysPart, province, part);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String wanted = query.getSingleParameter("round").orElse(null);
        if (wanted != null && rounds.stream().noneMatch(r -> r.id().equals(wanted))) {
            // A round not offered: the core says why (another organiser's, or no approved sample yet).
            try {
                teams.provinces(actor, wanted);
                teams.sampledCommunes(actor, wanted, "");
            } catch (Rejected refused) {
                round.setVisible(false);
                province.setVisible(false);
                part.add(FieldworkWords.refusal(refused));
                return;
            }
        }
        if (rounds.isEmpty()) {
            round.setVisible(false);
            province.setVisible(false);
            part.add(FieldworkWords.empty(this, "fwsup.teams.none"));
            return;
        }
        RoundChoice.apply(event, round, rounds, FieldworkRound::id);
        query.getSingleParameter("unit").filter(u -> province.getListDataView().contains(u))
                .ifPresent(province::setValue);
    }

    private void showRound(FieldworkRound chosen) {
        List<String> ids = teams.provinces(actor, chosen.id());
        Map<String, Unit> names = units.byId(ids);
        province.setItemLabelGenerator(id -> names.containsKey(id) ? names.get(id).name() : id);
        province.setItems(ids);
        part.removeAll();
        daysPart.removeAll();
        days = new FieldworkDaysPanel(teams, actor, chosen.id());
        daysPart.add(days);
        if (!ids.isEmpty()) {
            province.setValue(ids.get(0));
        }
    }

    private void showProvince(FieldworkRound chosen, String unitId) {
        part.removeAll();
        panel = new TeamPanel(teams, actor, chosen.id(), unitId);
        part.add(panel);
    }
}
