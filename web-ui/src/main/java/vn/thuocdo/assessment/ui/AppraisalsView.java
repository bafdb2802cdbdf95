package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.assessment.AppraisalAssignment;
import vn.thuocdo.assessment.Appraisals;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The appraiser's "Thẩm định" list and landing page: the units the coordinator assigned to them in open rounds, each
 * with where its self-assessment stands, opening the appraisal screen. Only their own assignments are listed.
 */
@Route(value = AppraisalsView.ROUTE, layout = MainLayout.class)
@PageTitle("Thẩm định · Thước Đo")
@RolesAllowed("appraiser")
public class AppraisalsView extends VerticalLayout {

    static final String ROUTE = "assessment/appraisals";

    final Div list = new Div();

    AppraisalsView(Appraisals appraisals, CurrentActor currentActor) {
        Actor actor = currentActor.get();
        setMaxWidth("1200px");
        add(new H2(getTranslation("appraise.list.title")));
        list.setId("appraisals");
        list.setWidthFull();
        List<AppraisalAssignment> assigned = appraisals.assignedTo(actor);
        if (assigned.isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("appraise.list.none")));
            none.addClassName("td-callout");
            none.setId("appraisals-empty");
            list.add(none);
        }
        for (AppraisalAssignment a : assigned) {
            list.add(card(a));
        }
        add(list);
    }

    private Div card(AppraisalAssignment a) {
        Anchor open = new Anchor(AppraiseView.ROUTE + "?round=" + encode(a.roundId()) + "&unit=" + encode(a.unitId()),
                a.unitName());
        open.getStyle().set("font-weight", "600");
        open.setId("appraisal-" + a.roundId() + "-" + a.unitId());
        Span round = new Span(getTranslation("appraise.list.round", a.roundName(), a.year()));
        round.addClassName("td-muted");
        Span state = new Span(a.state() == null ? getTranslation("appraise.list.notOpened")
                : AssessmentWords.state(this, a.state()) + (a.explanationDue() == null ? ""
                : " · " + getTranslation("appraise.list.explanationDue", Formats.date(a.explanationDue()))));
        Div card = new Div(open, new Div(round), new Div(state));
        card.addClassName("td-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return card;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
