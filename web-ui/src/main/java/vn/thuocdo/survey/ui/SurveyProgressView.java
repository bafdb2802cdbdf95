package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import vn.thuocdo.survey.progress.AreaProgress;
import vn.thuocdo.survey.progress.OnlineProgress;
import vn.thuocdo.survey.progress.SurveyOverview;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.List;

/**
 * The organiser's coordinator follows the online survey: per province the responses against the target, the
 * letters issued and the rate; a province's row opens its communes. Counts only, never a response or who answered.
 */
@Route(value = SurveyProgressView.ROUTE, layout = MainLayout.class)
@PageTitle("Tiến độ khảo sát · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class SurveyProgressView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "survey/progress";

    private final OnlineProgress progress;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    final Div part = new Div();
    ProgressGrid provinces;
    ProgressGrid communes;
    private final List<Round> rounds;

    SurveyProgressView(OnlineProgress progress, CurrentActor actor) {
        this.progress = progress;
        this.actor = actor.get();
        add(new H2(getTranslation("progress.title")));
        rounds = progress.rounds(this.actor);
        if (rounds.isEmpty()) {
            add(SurveyWindowText.none("progress.none"));
            return;
        }
        RoundChoice.setUp(round, "progress.round", "progress-round", rounds, ROUTE, this::show);
        part.setWidthFull();
        add(new Paragraph(getTranslation("progress.explain")), round, part);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds);
    }

    private void show(Round chosen) {
        part.removeAll();
        SurveyOverview overview;
        try {
            overview = progress.provinces(chosen.id(), actor);
        } catch (Rejected refused) {
            part.add(new Paragraph(Notices.text(refused)));
            return;
        }
        AreaProgress total = overview.total();
        provinces = new ProgressGrid("progress.col.province", overview.areas());
        provinces.setId("progress-provinces");
        provinces.addItemClickListener(e -> showCommunes(chosen, e.getItem()));
        part.add(SurveyWindowText.of(overview.window()), SurveyWindowText.total(total), provinces,
                new Paragraph(getTranslation("progress.clickProvince")));
    }

    void showCommunes(Round chosen, AreaProgress province) {
        if (communes != null) {
            part.remove(communes.getParent().orElseThrow());
        }
        SurveyOverview overview = progress.communes(chosen.id(), province.id(), actor);
        communes = new ProgressGrid("progress.col.commune", overview.areas());
        communes.setId("progress-communes");
        VerticalLayout block = new VerticalLayout(new H3(getTranslation("progress.communesOf", province.name())),
                communes);
        block.setPadding(false);
        part.add(block);
    }
}
