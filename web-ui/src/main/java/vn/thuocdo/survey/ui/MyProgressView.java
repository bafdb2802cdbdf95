package vn.thuocdo.survey.ui;

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
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.progress.OnlineProgress;
import vn.thuocdo.survey.progress.SurveyOverview;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.RoundSection;
import vn.thuocdo.web.Notices;

import java.util.List;

/**
 * A provincial officer, or the province's leader, follows the online survey in their own province: per commune the responses against the
 * selected households and the letters issued. Counts only; other provinces are not shown.
 */
@Route(value = MyProgressView.ROUTE, layout = MainLayout.class)
@PageTitle("Tiến độ khảo sát của tỉnh · Thước Đo")
@RolesAllowed({"provincial-officer", "unit-leader"})
public class MyProgressView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "survey/my-progress";

    private final OnlineProgress progress;
    private final List<RoundSection> sections;
    private final Actor actor;
    private final List<Round> rounds;
    final Select<Round> round = new Select<>();
    final Div part = new Div();
    ProgressGrid communes;

    MyProgressView(OnlineProgress progress, List<RoundSection> sections, CurrentActor actor) {
        this.progress = progress;
        this.sections = sections;
        this.actor = actor.get();
        add(new H2(getTranslation("progress.my.title")));
        rounds = progress.rounds(this.actor);
        if (rounds.isEmpty()) {
            add(SurveyWindowText.none("progress.none"));
            return;
        }
        RoundChoice.setUp(round, "progress.round", "progress-round", rounds, ROUTE, this::show);
        part.setWidthFull();
        add(new Paragraph(getTranslation("progress.my.explain")), round, part);
    }

    /** {@code ?round=<id>} opens that round (a link from a notice or a bookmark); else the newest. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds);
    }

    private void show(Round chosen) {
        part.removeAll();
        SurveyOverview overview;
        try {
            overview = progress.communes(chosen.id(), actor.unitId(), actor);
        } catch (Rejected refused) {
            part.add(new Paragraph(Notices.text(refused)));
            return;
        }
        communes = new ProgressGrid("progress.col.commune", overview.areas());
        communes.setId("progress-communes");
        part.add(SurveyWindowText.of(overview.window()), SurveyWindowText.total(overview.total()), communes);
        // The province's in-person interviews, as counts: the officer never sees a household or an enumerator.
        sections.forEach(section -> section.forProvince(actor, chosen.id()).ifPresent(part::add));
    }
}
