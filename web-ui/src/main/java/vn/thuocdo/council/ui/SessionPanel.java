package vn.thuocdo.council.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.council.CouncilBoard;
import vn.thuocdo.council.Session;
import vn.thuocdo.council.Vote;
import vn.thuocdo.units.Unit;
import vn.thuocdo.web.Formats;

import java.util.Map;

/**
 * Where the council's current session stands. While it is open only how many have voted (never who voted what, so
 * no vote sways another); once decided, the outcome and every vote with its comment and units.
 */
class SessionPanel extends VerticalLayout {

    final Grid<Vote> votes = new Grid<>();

    SessionPanel(CouncilBoard board, Map<String, Unit> units) {
        setPadding(false);
        setId("council-session");
        add(new H3(getTranslation("council.session.title")));
        if (board.current().isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("council.session.none")));
            none.addClassNames("td-callout", "neutral");
            none.setId("council-no-session");
            add(none);
            return;
        }
        Session session = board.current().get();
        Span line = new Span(CouncilWords.sessionLine(this, session));
        line.addClassName("td-muted");
        Paragraph progress = new Paragraph(getTranslation("council.session.progress", board.tally().votesCast(),
                session.members()));
        progress.setId("council-progress");
        add(line, progress);
        if (!session.decided()) {
            add(new Paragraph(getTranslation("council.session.sealed")));
            return;
        }
        Paragraph decided = new Paragraph(getTranslation("council.session.decidedAt", Formats.dateTime(session.decidedAt()),
                board.tally().approvals(), board.tally().sendBacks()));
        add(CouncilWords.outcome(this, session.outcome()), decided);
        votes.addColumn(Vote::displayName).setHeader(getTranslation("council.vote.member")).setAutoWidth(true);
        votes.addColumn(v -> CouncilWords.choice(this, v.choice())).setHeader(getTranslation("council.vote.choice"))
                .setAutoWidth(true);
        votes.addColumn(v -> CouncilWords.units(v.unitIds(), units)).setHeader(getTranslation("council.vote.units"));
        votes.addColumn(v -> v.comment() == null ? "" : v.comment()).setHeader(getTranslation("council.vote.comment"))
                .setFlexGrow(3);
        votes.addColumn(v -> Formats.dateTime(v.castAt())).setHeader(getTranslation("council.vote.at")).setAutoWidth(true);
        votes.setItems(board.votes());
        votes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        votes.setAllRowsVisible(true);
        votes.setId("council-votes");
        add(votes);
    }
}
