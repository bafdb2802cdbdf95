package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.QueueItem;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.List;
import java.util.Map;

/**
 * The supervisor's review (their landing page): the branch's completed interviews, oldest first; one opened
 * ({@code ?interview=}) shows its answers, paradata and history, to approve or to send back with notes pinned to
 * questions and an overall reason. Their own interviews are not theirs to review: the core's refusal is shown.
 */
@Route(value = ReviewQueueView.ROUTE, layout = MainLayout.class)
@PageTitle("Duyệt phiếu · Thước Đo")
@RolesAllowed("fieldwork-supervisor")
public class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/review";

    private final FieldworkTeams teams;
    private final Reviews reviews;
    private final Questionnaires questionnaires;
    private final Actor actor;
    private final List<FieldworkRound> rounds;
    final Select<FieldworkRound> round = new Select<>();
    final Div part = new Div();
    Button approve;
    Button reject;
    QueueGrid queue;
    InterviewPanel panel;

    ReviewQueueView(FieldworkTeams teams, Reviews reviews, Questionnaires questionnaires, CurrentActor actor) {
        this.teams = teams;
        this.reviews = reviews;
        this.questionnaires = questionnaires;
        this.actor = actor.get();
        this.rounds = teams.rounds(this.actor);
        add(new H2(getTranslation("fwsup.review.title")));
        RoundChoice.setUp(round, "fwsup.round", "fwsup-round", rounds, FieldworkRound::id, FieldworkRound::name,
                ROUTE, this::showQueue);
        part.setWidthFull();
        add(round, part);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        part.removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        String interview = query.getSingleParameter("interview").orElse(null);
        round.setVisible(interview == null && !rounds.isEmpty());
        if (interview != null) {
            showInterview(interview, query.getSingleParameter("round").orElse(""));
        } else if (rounds.isEmpty()) {
            part.add(FieldworkWords.empty(this, "fwsup.review.none"));
        } else {
            round.clear();
            RoundChoice.apply(event, round, rounds, FieldworkRound::id);
        }
    }

    private void showQueue(FieldworkRound chosen) {
        part.removeAll();
        try {
            queue = new QueueGrid("fwsup-queue", "fwsup.col.completed", (page, size) -> reviews.queue(actor, chosen.id(), page, size),
                    item -> open(chosen.id(), item));
        } catch (Rejected refused) {
            part.add(FieldworkWords.refusal(refused));
            return;
        }
        part.add(new Paragraph(getTranslation("fwsup.review.explain")));
        part.add(queue.isEmpty() ? FieldworkWords.empty(this, "fwsup.review.empty") : queue);
    }

    private void open(String roundId, QueueItem item) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(Map.of("round", roundId,
                "interview", item.interviewId()))));
    }

    private void showInterview(String id, String roundId) {
        Button back = new Button(getTranslation("fwsup.review.back"), e -> getUI().ifPresent(ui -> ui.navigate(ROUTE,
                roundId.isEmpty() ? QueryParameters.empty() : QueryParameters.of("round", roundId))));
        back.setId("fwsup-back");
        approve = Decisions.button("fwsup.review.approve", "fwsup-approve", ButtonVariant.LUMO_PRIMARY);
        reject = Decisions.button("fwsup.review.reject", "fwsup-reject", ButtonVariant.LUMO_ERROR);
        Interview interview;
        try {
            interview = reviews.interview(actor, id);
        } catch (Rejected refused) {
            if (!"fieldwork.selfReview".equals(refused.key())) {
                part.add(FieldworkWords.refusal(refused), back);
                return;
            }
            // Their own interview: the decision is someone else's; say so where the button would be.
            Div own = new Div(new Paragraph(Notices.text(refused)));
            own.addClassNames("td-callout", "warning");
            own.setId("fwsup-own");
            approve.setEnabled(false);
            approve.setTooltipText(Notices.text(refused));
            part.add(own, new HorizontalLayout(approve, back));
            return;
        }
        panel = new InterviewPanel(interview, reviews.place(actor, id),
                questionnaires.find(interview.questionnaire()).orElseThrow(), reviews.history(actor, id),
                reviews.comments(actor, id), getLocale());
        boolean open = interview.state() == InterviewState.COMPLETED;
        approve.setEnabled(open);
        reject.setEnabled(open);
        Runnable toQueue = () -> getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.of("round", roundId)));
        approve.addClickListener(e -> Decisions.make(panel, () -> reviews.approve(actor, id),
                "fwsup.review.approved", toQueue));
        reject.addClickListener(e -> Decisions.make(panel, () -> reviews.reject(actor, id, panel.pinned(),
                panel.reason.getValue()), "fwsup.review.rejected", toQueue));
        part.add(panel, new HorizontalLayout(approve, reject, back));
    }
}
