package vn.thuocdo.cycle.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.notification.Notice;
import vn.thuocdo.notification.Notifications;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where "/" sends people whose stage has not opened yet: instead of an empty inbox, what they will do in the
 * year's cycle and when, and their latest notices. Supervisors have their review queue instead (MainLayout). A role joins by one row in {@link #STAGES}: its message key says
 * the work ({@code upcoming.<role>.what}) and the months ({@code upcoming.<role>.when}).
 */
@Route(value = "upcoming", layout = MainLayout.class)
@PageTitle("Việc sắp tới · Thước Đo")
@RolesAllowed({"appraiser", "council-member", "citizen-moderator",
        "survey-statistician", "survey-partner"})
public class UpcomingWorkView extends VerticalLayout {

    /**
     * In the order of the cycle (DOMAIN.md): fieldwork Aug-Nov, sign-off Dec-Jan, appraisal Jan-Feb, council Mar.
     * Enumerators are not here: their list of households (fieldwork/assignments) is their page.
     */
    static final Map<Role, String> STAGES = stages();

    private static Map<Role, String> stages() {
        Map<Role, String> stages = new LinkedHashMap<>();
        stages.put(Role.SURVEY_PARTNER, "upcoming.survey-partner");
        stages.put(Role.SURVEY_STATISTICIAN, "upcoming.survey-statistician");
        stages.put(Role.APPRAISER, "upcoming.appraiser");
        stages.put(Role.COUNCIL_MEMBER, "upcoming.council-member");
        stages.put(Role.CITIZEN_MODERATOR, "upcoming.citizen-moderator");
        return stages;
    }

    private static final int NOTICES_SHOWN = 5;

    UpcomingWorkView(CurrentActor currentActor, Notifications notifications) {
        Actor actor = currentActor.get();
        setId("upcoming");
        add(new H2(getTranslation("upcoming.title")), new Paragraph(getTranslation("upcoming.intro")));
        STAGES.forEach((role, key) -> {
            if (actor.has(role)) {
                Span when = new Span(getTranslation(key + ".when"));
                when.addClassName("td-muted");
                Div card = new Div(new H3(getTranslation(key + ".title")), when, new Paragraph(getTranslation(key + ".what")));
                card.addClassName("td-card");
                card.setId("upcoming-" + role.key());
                card.setWidthFull();
                add(card);
            }
        });
        add(notices(notifications.forActor(actor, NOTICES_SHOWN)));
    }

    private Div notices(List<Notice> notices) {
        Div block = new Div(new H3(getTranslation("nav.notices")));
        block.setId("upcoming-notices");
        if (notices.isEmpty()) {
            block.add(new Paragraph(getTranslation("upcoming.noNotices")));
        }
        for (Notice notice : notices) {
            block.add(new Paragraph(Formats.dateTime(notice.at()) + " · " + getTranslation(notice.key(), notice.args().toArray())));
        }
        block.add(new Anchor("notices", getTranslation("upcoming.allNotices")));
        return block;
    }
}
