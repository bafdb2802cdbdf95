package vn.thuocdo.council.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.council.Ballot;
import vn.thuocdo.council.CouncilBoard;
import vn.thuocdo.council.Councils;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.List;
import java.util.Map;

/**
 * The council member's page (their landing, and the form of their vote task): the compiled results, where the
 * session stands, and their vote; after the decision, the outcome and every vote. {@code council/vote/<taskId>} from
 * the inbox opens the task's round; {@code council/vote} the newest round of the member's council.
 */
@Route(value = Councils.VOTE_FORM, layout = MainLayout.class)
@PageTitle("Hội đồng thẩm định · Thước Đo")
@RolesAllowed("council-member")
public class CouncilVoteView extends VerticalLayout implements HasUrlParameter<String> {

    private final Councils councils;
    private final Units units;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    BallotForm ballot;
    SessionPanel session;
    CompiledResults results;

    CouncilVoteView(Councils councils, Units units, CurrentActor currentActor) {
        this.councils = councils;
        this.units = units;
        this.actor = currentActor.get();
        setId("council-vote");
        setMaxWidth("1200px");
        // Once: the view is kept when the inbox opens another task of the same route.
        round.addValueChangeListener(e -> show());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        removeAll();
        add(new H2(getTranslation("council.vote.title")));
        List<Round> rounds = councils.rounds(actor);
        String chosen;
        try {
            chosen = taskId == null ? null : councils.roundOfTask(taskId, Councils.VOTE_FORM, actor);
        } catch (Rejected refused) {
            add(new vn.thuocdo.web.TaskRefusal(getTranslation("council.vote.title"), refused));
            return;
        }
        if (rounds.isEmpty()) {
            add(callout("council-no-round", getTranslation("council.noRound")));
            return;
        }
        CouncilWords.chooseRound(this, round, rounds, chosen);
        add(round);
        show();
    }

    private void show() {
        getChildren().filter(c -> c != round && !(c instanceof H2)).toList().forEach(this::remove);
        if (round.getValue() == null) {
            return;
        }
        CouncilBoard board;
        try {
            board = councils.board(round.getValue().id(), actor);
        } catch (Rejected refused) {
            add(callout("refusal", Notices.text(refused)));
            return;
        }
        Map<String, Unit> names = units.byId(board.round().participants());
        results = new CompiledResults(board.results());
        session = new SessionPanel(board, names);
        add(results, session);
        if (board.voting().isPresent()) {
            if (board.ownVote().isPresent()) {
                var own = board.ownVote().get();
                add(callout("council-own-vote", getTranslation("council.ballot.cast",
                        CouncilWords.choice(this, own.choice()), Formats.dateTime(own.castAt()))));
            } else {
                List<Unit> participants = names.values().stream()
                        .sorted(java.util.Comparator.comparing(Unit::code)).toList();
                ballot = new BallotForm(participants, this::cast);
                add(ballot);
            }
        }
        add(new MemberList(board.members()));
    }

    private void cast(Ballot sent) {
        try {
            councils.vote(round.getValue().id(), sent, actor);
            Notices.success(getTranslation("council.ballot.sent"));
            show();
        } catch (Rejected refused) {
            // The form stays as filled: the member fixes what the message names and sends again.
            Notices.refused(refused);
            if (ballot != null) {
                ballot.send.setEnabled(true);
            }
        }
    }

    static Div callout(String id, String text) {
        Div callout = new Div(new Paragraph(text));
        callout.addClassName("td-callout");
        if (!id.equals("refusal")) {
            // An empty state or a fact, not an error: the red callout stays for refusals.
            callout.addClassName(id.equals("council-own-vote") ? "success" : "neutral");
        }
        callout.setId(id);
        return callout;
    }
}
