package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
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
import vn.thuocdo.fieldwork.Village;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.List;

/**
 * The enumerator's tablet list: for the chosen round, every village with households of theirs, each household with
 * how far it got (one sent back first, in red, with its number of comments), the village's replacement rule in
 * plain words and its spare households in the order they are used. Cards, one column on a portrait tablet.
 */
@Route(value = MyAssignmentsView.ROUTE, layout = MainLayout.class)
@PageTitle("Hộ được giao · Thước Đo")
@RolesAllowed({"enumerator", "fieldwork-supervisor"})
@StyleSheet("context://styles/fieldwork-enumerator.css")
public class MyAssignmentsView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/assignments";

    private final Assignments assignments;
    private final Actor actor;
    private final List<FieldworkRound> rounds;
    final Select<FieldworkRound> round = new Select<>();
    final Div list = new Div();

    MyAssignmentsView(Assignments assignments, CurrentActor currentActor) {
        this.assignments = assignments;
        this.actor = currentActor.get();
        addClassName("td-fwenum");
        add(new H2(getTranslation("fwenum.list.title")));
        // A plain link, not a route: the kit is its own page, kept by a service worker for when there is no network.
        Anchor offline = new Anchor("/thuc-dia/ngoai-tuyen", getTranslation("offline.link"));
        offline.setId("fwenum-offline-kit");
        offline.setRouterIgnore(true);
        add(offline);
        rounds = assignments.roundsOf(actor);
        if (rounds.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("fwenum.list.empty")));
            empty.addClassNames("td-callout", "info");
            empty.setId("fwenum-empty");
            add(empty);
            return;
        }
        RoundChoice.setUp(round, "fwenum.list.round", "fwenum-round", rounds, FieldworkRound::id,
                FieldworkRound::name, ROUTE, this::show);
        list.setId("fwenum-villages");
        list.addClassName("td-fwenum-villages");
        add(round, list);
    }

    /** {@code ?round=<id>} opens that round (a bookmark); else the newest. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds, FieldworkRound::id);
    }

    private void show(FieldworkRound chosen) {
        list.removeAll();
        List<Village> villages;
        try {
            villages = assignments.forEnumerator(actor, chosen.id());
        } catch (Rejected refused) {
            Div refusal = new Div(new Paragraph(Notices.text(refused)));
            refusal.addClassNames("td-callout", "warning");
            refusal.setId("refusal");
            list.add(refusal);
            return;
        }
        long mine = villages.stream().flatMap(v -> VillageCard.mine(v).stream()).count();
        long done = villages.stream().flatMap(v -> VillageCard.mine(v).stream()).filter(HouseholdWords::done).count();
        Paragraph total = new Paragraph(getTranslation("fwenum.list.total", VietnameseFormats.number(done),
                VietnameseFormats.number(mine), VietnameseFormats.number(villages.size())));
        total.setId("fwenum-total");
        list.add(total);
        villages.forEach(village -> list.add(new VillageCard(village)));
    }
}
