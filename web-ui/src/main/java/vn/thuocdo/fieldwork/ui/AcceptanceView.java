package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.QueueItem;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.web.Formats;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.Set;

/**
 * The ministry's survey team accepts a round's approved interviews for good, one opened ({@code ?interview=}) or
 * the ones ticked in the list, or sends one back to its enumerator with notes pinned to questions and a reason.
 */
@Route(value = AcceptanceView.ROUTE, layout = MainLayout.class)
@PageTitle("Nghiệm thu phiếu · Thước Đo")
@RolesAllowed("survey-statistician")
public class AcceptanceView extends InterviewDesk {

    public static final String ROUTE = "fieldwork/acceptance";

    QueueGrid approved;
    Button acceptSelected;
    Button accept;
    Button reject;

    AcceptanceView(FieldworkTeams teams, Reviews reviews, Questionnaires questionnaires, CurrentActor actor) {
        super(ROUTE, "fwsup.accept.title", "fwsup.accept.none", teams, reviews, questionnaires, actor.get());
    }

    @Override
    void showList(FieldworkRound chosen) {
        part.removeAll();
        try {
            approved = new QueueGrid("fwsup-approved", "fwsup.col.approved", (page, size) -> reviews.approved(actor, chosen.id(), page,
                    size), item -> open(chosen.id(), item));
        } catch (Rejected refused) {
            part.add(FieldworkWords.refusal(refused));
            return;
        }
        approved.grid.setSelectionMode(Grid.SelectionMode.MULTI);
        acceptSelected = Decisions.button("fwsup.accept.selected", "fwsup-accept-selected",
                ButtonVariant.LUMO_PRIMARY);
        acceptSelected.addClickListener(e -> acceptAll(approved.grid.getSelectedItems()));
        part.add(new Paragraph(getTranslation("fwsup.accept.explain")));
        if (approved.isEmpty()) {
            part.add(FieldworkWords.empty(this, "fwsup.accept.empty"));
        } else {
            part.add(approved, acceptSelected);
        }
    }

    /** Accepts each ticked interview; one refused (changed meanwhile) does not stop the others, and is named. */
    void acceptAll(Set<QueueItem> chosen) {
        if (chosen.isEmpty()) {
            Notices.error(getTranslation("fwsup.accept.noneChosen"));
            return;
        }
        int done = 0;
        Rejected last = null;
        for (QueueItem item : chosen) {
            try {
                reviews.accept(actor, item.interviewId());
                done++;
            } catch (Rejected refused) {
                last = refused;
            }
        }
        if (last != null) {
            Notices.error(getTranslation("fwsup.accept.some", Formats.number(done), Formats.number(chosen.size()),
                    Notices.text(last)));
        } else {
            Notices.success(getTranslation("fwsup.accept.done", Formats.number(done)));
        }
        approved.show(0);
    }

    @Override
    void showInterview(String id, String roundId) {
        Runnable toList = toList(roundId);
        Button back = back(roundId);
        Interview interview;
        try {
            interview = reviews.interview(actor, id);
        } catch (Rejected refused) {
            part.add(FieldworkWords.refusal(refused), back);
            return;
        }
        panel = panelOf(interview);
        accept = Decisions.button("fwsup.accept.one", "fwsup-accept", ButtonVariant.LUMO_PRIMARY);
        reject = Decisions.button("fwsup.review.reject", "fwsup-reject", ButtonVariant.LUMO_ERROR);
        boolean open = interview.state() == InterviewState.APPROVED;
        accept.setEnabled(open);
        reject.setEnabled(open);
        accept.addClickListener(e -> Decisions.make(panel, () -> reviews.accept(actor, id), "fwsup.accept.accepted",
                toList));
        reject.addClickListener(e -> Decisions.make(panel, () -> reviews.reject(actor, id, panel.pinned(),
                panel.reason.getValue()), "fwsup.review.rejected", toList));
        part.add(panel, new HorizontalLayout(accept, reject, back));
    }
}
