package vn.thuocdo.web;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.units.Units;

import java.util.EnumSet;
import java.util.Set;

/**
 * The frame of every signed-in page: the navigation shows only what the person's roles allow (the views check
 * again on their own), and the header says who is signed in for which unit.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    /**
     * Roles with work in the stages that run today: tasks in the processes, or (supervisors, enumerators) their
     * fieldwork lists. Everyone else (leaders, appraisers, council members, moderators) would find "/" an empty inbox
     * until their stage ships, so they land on what is coming.
     */
    private static final Set<Role> ROLES_WITH_TASKS = EnumSet.of(Role.MINISTRY_COORDINATOR, Role.PROVINCIAL_OFFICER,
            Role.UNIT_LEADER, Role.OPERATOR, Role.FIELDWORK_SUPERVISOR, Role.ENUMERATOR);
    static final String UPCOMING = "upcoming";
    /** A supervisor's work is the review queue (fieldwork.ui.ReviewQueueView): their landing page. */
    static final String SUPERVISOR_LANDING = "fieldwork/review";
    /** The enumerator's households to visit (fieldwork.ui.MyAssignmentsView): their landing page. */
    static final String ASSIGNMENTS = "fieldwork/assignments";
    /** A council member's work is the council's vote (council.ui.CouncilVoteView): their landing page. */
    static final String COUNCIL_LANDING = "council/vote";
    /** An appraiser's work is the units assigned to them (assessment.ui.AppraisalsView): their landing page. */
    static final String APPRAISER_LANDING = "assessment/appraisals";
    /** A moderator's work is the queue of citizens' posts (questions.ui.ModerationView): their landing page. */
    static final String MODERATOR_LANDING = "questions/moderation";

    private final Actor actor;

    public MainLayout(CurrentActor currentActor, Units units, AuthenticationContext authentication) {
        Actor actor = currentActor.get();
        this.actor = actor;
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("td-brand");
        String unitName = units.find(actor.unitId()).map(u -> u.name()).orElse(actor.unitId());
        Span who = new Span(getTranslation("app.signedInAs", actor.displayName(), unitName));
        who.addClassName("td-muted");
        who.setId("signed-in-as");
        // One line on a phone, cut with an ellipsis (the whole text on hover), instead of a word per line.
        who.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("min-width", "0");
        who.setTitle(who.getText());
        brand.getStyle().set("white-space", "nowrap");
        Button language = new Button(getTranslation("app.language"), e -> Languages.toggle(getUI().orElseThrow()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button logout = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.setId("logout");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who, language, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        addToDrawer(navigation(actor));
        if (actor.roles().isEmpty()) {
            // Signed in through Keycloak but without a known unit or role: say so rather than show empty screens.
            com.vaadin.flow.component.html.Div notice = new com.vaadin.flow.component.html.Div(
                    new Span(getTranslation("app.noUnit")));
            notice.addClassName("td-callout");
            notice.setId("no-unit");
            notice.getStyle().set("margin", "var(--lumo-space-m)");
            addToNavbar(true, notice);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getPath().isEmpty() && actor.has(Role.SURVEY_STATISTICIAN)) {
            // The statisticians' work is the microdata: their landing page, not the inbox.
            event.forwardTo("survey/microdata");
        } else if (event.getLocation().getPath().isEmpty() && actor.has(Role.FIELDWORK_SUPERVISOR)) {
            event.forwardTo(SUPERVISOR_LANDING);
        } else if (event.getLocation().getPath().isEmpty() && actor.has(Role.ENUMERATOR)) {
            // Their work is the households on their list, with or without a task in the inbox.
            event.forwardTo(ASSIGNMENTS);
        } else if (event.getLocation().getPath().isEmpty() && actor.has(Role.COUNCIL_MEMBER)) {
            event.forwardTo(COUNCIL_LANDING);
        } else if (event.getLocation().getPath().isEmpty() && actor.has(Role.APPRAISER)) {
            event.forwardTo(APPRAISER_LANDING);
        } else if (event.getLocation().getPath().isEmpty() && actor.has(Role.CITIZEN_MODERATOR)) {
            event.forwardTo(MODERATOR_LANDING);
        } else if (event.getLocation().getPath().isEmpty() && waitsForItsStage(actor)) {
            event.forwardTo(UPCOMING);
        }
    }

    static boolean waitsForItsStage(Actor actor) {
        return !actor.roles().isEmpty() && actor.roles().stream().noneMatch(ROLES_WITH_TASKS::contains);
    }

    private SideNav navigation(Actor actor) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "inbox", VaadinIcon.INBOX.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.notices"), "notices", VaadinIcon.BELL.create()));
        if (actor.has(Role.PROVINCIAL_OFFICER)) {
            // What the unit submitted stays readable after its task has left the inbox.
            nav.addItem(new SideNavItem(getTranslation("nav.myRequests"), "sampling/requests",
                    VaadinIcon.FILE_TEXT_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.mySample"), "survey/my-sample",
                    VaadinIcon.MAP_MARKER.create()));
            nav.addItem(new SideNavItem(getTranslation("officials.nav.list"), "survey/officials",
                    VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("progress.nav.my"), "survey/my-progress",
                    VaadinIcon.CHART_LINE.create()));
            nav.addItem(new SideNavItem(getTranslation("assessment.nav.self"), "assessment/self",
                    VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (actor.has(Role.PROVINCIAL_OFFICER) || actor.has(Role.UNIT_LEADER)) {
            // The unit's published values by year and its targets, met or not (h/years-targets).
            nav.addItem(new SideNavItem(getTranslation("history.myUnit.nav"), "indices/my-unit",
                    VaadinIcon.TRENDING_UP.create()));
            // The unit's improvement plan after a publication (h/plans).
            nav.addItem(new SideNavItem(getTranslation("improvement.nav.plan"), "improvement/plan",
                    VaadinIcon.TOOLS.create()));
        }
        if (actor.has(Role.UNIT_LEADER)) {
            // The leader signs off the unit's self-assessment: from the task in the inbox, or straight from here.
            nav.addItem(new SideNavItem(getTranslation("assessment.nav.review"), "assessment/review",
                    VaadinIcon.SIGN_IN.create()));
        }
        if (actor.has(Role.UNIT_LEADER) && !actor.has(Role.PROVINCIAL_OFFICER)) {
            nav.addItem(new SideNavItem(getTranslation("progress.nav.my"), "survey/my-progress",
                    VaadinIcon.CHART_LINE.create()));
        }
        if (actor.has(Role.ENUMERATOR)) {
            nav.addItem(new SideNavItem(getTranslation("fwenum.nav"), ASSIGNMENTS, VaadinIcon.HOME_O.create()));
        }
        if (actor.has(Role.COUNCIL_MEMBER)) {
            nav.addItem(new SideNavItem(getTranslation("council.nav"), COUNCIL_LANDING, VaadinIcon.GAVEL.create()));
        }
        if (actor.has(Role.APPRAISER)) {
            nav.addItem(new SideNavItem(getTranslation("appraise.nav"), APPRAISER_LANDING,
                    VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        if (actor.roles().stream().anyMatch(r -> !ROLES_WITH_TASKS.contains(r))) {
            nav.addItem(new SideNavItem(getTranslation("nav.upcoming"), UPCOMING, VaadinIcon.CALENDAR_CLOCK.create()));
        }
        if (actor.has(Role.MINISTRY_COORDINATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.rounds"), "rounds", VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.units"), "units", VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.samples"), "survey/sample", VaadinIcon.GRID_SMALL.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.invitations"), "survey/invitations",
                    VaadinIcon.ENVELOPES_O.create()));
            nav.addItem(new SideNavItem(getTranslation("progress.nav"), "survey/progress",
                    VaadinIcon.CHART_LINE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.questionnaires"), "survey/questionnaires",
                    VaadinIcon.CLIPBOARD_TEXT.create()));
            nav.addItem(new SideNavItem(getTranslation("scorecard.nav"), "scorecards",
                    VaadinIcon.LIST_OL.create()));
            nav.addItem(new SideNavItem(getTranslation("officials.nav.rates"), "survey/officials/rates",
                    VaadinIcon.BAR_CHART_H.create()));
            nav.addItem(new SideNavItem(getTranslation("fwsup.nav.teams"), "fieldwork/teams",
                    VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem(getTranslation("assessment.nav.appraisers"), "assessment/appraisers",
                    VaadinIcon.USER_CHECK.create()));
            nav.addItem(new SideNavItem(getTranslation("compilation.nav"), "compilation/review",
                    VaadinIcon.TABLE.create()));
            nav.addItem(new SideNavItem(getTranslation("council.nav"), "council/setup", VaadinIcon.GAVEL.create()));
            nav.addItem(new SideNavItem(getTranslation("publication.nav"), "publication/publish",
                    VaadinIcon.MEGAPHONE.create()));
            nav.addItem(new SideNavItem(getTranslation("improvement.nav.plans"), "improvement/plans",
                    VaadinIcon.TOOLS.create()));
        }
        if (actor.has(Role.MINISTRY_COORDINATOR) && actor.unitId().startsWith("BO-")) {
            // Past years' results and targets are the coordinating ministry's, not a province's coordinator's.
            nav.addItem(new SideNavItem(getTranslation("history.nav"), "indices/history",
                    VaadinIcon.TRENDING_UP.create()));
        }
        if (actor.has(Role.FIELDWORK_SUPERVISOR)) {
            // A supervisor's work in the order of a day: review, assign, call back, weigh flags, paper forms.
            nav.addItem(new SideNavItem(getTranslation("fwsup.nav.review"), SUPERVISOR_LANDING,
                    VaadinIcon.CHECK_SQUARE_O.create()));
            nav.addItem(new SideNavItem(getTranslation("fwsup.nav.branch"), "fieldwork/branch",
                    VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("fwchk.nav.callbacks"), "fieldwork/callbacks",
                    VaadinIcon.PHONE.create()));
            nav.addItem(new SideNavItem(getTranslation("fwchk.nav.flags"), "fieldwork/flags",
                    VaadinIcon.FLAG_O.create()));
            nav.addItem(new SideNavItem(getTranslation("fwproc.nav.differences"), "fieldwork/entry-differences",
                    VaadinIcon.SPLIT.create()));
        }
        if (actor.has(Role.ENUMERATOR) || actor.has(Role.FIELDWORK_SUPERVISOR)) {
            nav.addItem(new SideNavItem(getTranslation("fwproc.nav.second"), "fieldwork/second-entry",
                    VaadinIcon.COPY_O.create()));
        }
        if (actor.has(Role.SURVEY_STATISTICIAN)) {
            nav.addItem(new SideNavItem(getTranslation("microdata.nav"), "survey/microdata",
                    VaadinIcon.TABLE.create()));
            nav.addItem(new SideNavItem(getTranslation("fwsup.nav.acceptance"), "fieldwork/acceptance",
                    VaadinIcon.CHECK_CIRCLE_O.create()));
        }
        if (actor.has(Role.FIELDWORK_SUPERVISOR) || actor.has(Role.MINISTRY_COORDINATOR)
                || actor.has(Role.SURVEY_STATISTICIAN)) {
            nav.addItem(new SideNavItem(getTranslation("fwchk.nav.quality"), "fieldwork/quality",
                    VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        if (actor.has(Role.PROVINCIAL_OFFICER) || actor.has(Role.MINISTRY_COORDINATOR)) {
            // Citizens' questions about the unit (any unit, for the ministry's coordinators) (h/questions).
            nav.addItem(new SideNavItem(getTranslation("questions.nav.answer"), "questions/answer",
                    VaadinIcon.QUESTION_CIRCLE_O.create()));
        }
        if (actor.has(Role.CITIZEN_MODERATOR)) {
            nav.addItem(new SideNavItem(getTranslation("questions.nav.moderation"), MODERATOR_LANDING,
                    VaadinIcon.COMMENTS_O.create()));
        }
        if (actor.has(Role.OPERATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit", VaadinIcon.RECORDS.create()));
            SideNavItem cockpit = new SideNavItem(getTranslation("nav.cockpit"), "camunda/app/cockpit/default/",
                    VaadinIcon.CLUSTER.create());
            cockpit.setOpenInNewBrowserTab(true);
            nav.addItem(cockpit);
        }
        return nav;
    }
}
