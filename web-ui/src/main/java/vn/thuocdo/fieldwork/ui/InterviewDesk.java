package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.QueueItem;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.ui.RoundChoice;

import java.util.List;
import java.util.Map;

/**
 * A desk where interviews are decided one at a time: the supervisor's review and the ministry's acceptance. Both
 * show a round's list, and one interview ({@code ?interview=}) with its answers, paradata and history; they differ
 * in the list and the decisions, which the subclasses add.
 */
abstract class InterviewDesk extends VerticalLayout implements BeforeEnterObserver {

    protected final Reviews reviews;
    protected final Questionnaires questionnaires;
    protected final Actor actor;
    protected final List<FieldworkRound> rounds;
    final Select<FieldworkRound> round = new Select<>();
    final Div part = new Div();
    InterviewPanel panel;
    private final String route;
    private final String noneKey;

    InterviewDesk(String route, String titleKey, String noneKey, FieldworkTeams teams, Reviews reviews,
                  Questionnaires questionnaires, Actor actor) {
        this.route = route;
        this.noneKey = noneKey;
        this.reviews = reviews;
        this.questionnaires = questionnaires;
        this.actor = actor;
        this.rounds = teams.rounds(actor);
        add(new H2(getTranslation(titleKey)));
        RoundChoice.setUp(round, "fwsup.round", "fwsup-round", rounds, FieldworkRound::id, FieldworkRound::name,
                route, this::showList);
        part.setWidthFull();
        add(round, part);
    }

    /** The round's interviews waiting at this desk. */
    abstract void showList(FieldworkRound chosen);

    /** One interview and this desk's decisions on it. */
    abstract void showInterview(String id, String roundId);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        part.removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        String interview = query.getSingleParameter("interview").orElse(null);
        round.setVisible(interview == null && !rounds.isEmpty());
        if (interview != null) {
            showInterview(interview, query.getSingleParameter("round").orElse(""));
        } else if (rounds.isEmpty()) {
            part.add(FieldworkWords.empty(this, noneKey));
        } else {
            round.clear();
            RoundChoice.apply(event, round, rounds, FieldworkRound::id);
        }
    }

    void open(String roundId, QueueItem item) {
        getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.simple(Map.of("round", roundId,
                "interview", item.interviewId()))));
    }

    /** Back to the round's list (or the desk's first round when the link named none). */
    Runnable toList(String roundId) {
        return () -> getUI().ifPresent(ui -> ui.navigate(route,
                roundId.isEmpty() ? QueryParameters.empty() : QueryParameters.of("round", roundId)));
    }

    Button back(String roundId) {
        Runnable toList = toList(roundId);
        Button back = new Button(getTranslation("fwsup.review.back"), e -> toList.run());
        back.setId("fwsup-back");
        return back;
    }

    InterviewPanel panelOf(Interview interview) {
        String id = interview.id();
        return new InterviewPanel(interview, reviews.place(actor, id),
                questionnaires.find(interview.questionnaire()).orElseThrow(), reviews.history(actor, id),
                reviews.comments(actor, id), getLocale());
    }
}
