package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;


/**
 * The supervisor's review (their landing page): the branch's completed interviews, oldest first; one opened
 * ({@code ?interview=}) shows its answers, paradata and history, to approve or to send back with notes pinned to
 * questions and an overall reason. Their own interviews are not theirs to review: the core's refusal is shown.
 */
@Route(value = ReviewQueueView.ROUTE, layout = MainLayout.class)
@PageTitle("Duyệt phiếu · Thước Đo")
@RolesAllowed("fieldwork-supervisor")
public class ReviewQueueView extends InterviewDesk {

    public static final String ROUTE = "fieldwork/review";

    Button approve;
    Button reject;
    QueueGrid queue;

    ReviewQueueView(FieldworkTeams teams, Reviews reviews, Questionnaires questionnaires, CurrentActor actor) {
        super(ROUTE, "fwsup.review.title", "fwsup.review.none", teams, reviews, questionnaires, actor.get());
    }

    @Override
    void showList(FieldworkRound chosen) {
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

    @Override
    void showInterview(String id, String roundId) {
        Button back = back(roundId);
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
        panel = panelOf(interview);
        boolean open = interview.state() == InterviewState.COMPLETED;
        approve.setEnabled(open);
        reject.setEnabled(open);
        Runnable toQueue = toList(roundId);
        approve.addClickListener(e -> Decisions.make(panel, () -> reviews.approve(actor, id),
                "fwsup.review.approved", toQueue));
        reject.addClickListener(e -> Decisions.make(panel, () -> reviews.reject(actor, id, panel.pinned(),
                panel.reason.getValue()), "fwsup.review.rejected", toQueue));
        part.add(panel, new HorizontalLayout(approve, reject, back));
    }
}
