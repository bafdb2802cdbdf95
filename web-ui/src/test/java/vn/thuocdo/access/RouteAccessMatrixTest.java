package vn.thuocdo.access;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.web.IdentityProperties;
import vn.thuocdo.web.LoginView;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Vaadin route × every demo account (one per role, own unit or another) × anonymous. The expectations are
 * a table here; a route added without a row fails the first test.
 */
@vn.thuocdo.testing.FieldworkContext
class RouteAccessMatrixTest extends KaribuTest {

    /**
     * Who may open each route: role keys, {@code role@unit} where the page is one unit's (a round is its
     * organiser's), {@code *} for anyone signed in, {@code anonymous} for everyone. Officers are sent to their own
     * unit's task where they have one; another unit's task is the third test's business.
     */
    static final Map<String, Set<String>> MATRIX = Map.ofEntries(
            Map.entry("login", Set.of("anonymous")),
            Map.entry("inbox", Set.of("*")),
            Map.entry("", Set.of("*")),
            Map.entry("notices", Set.of("*")),
            Map.entry("rounds", Set.of("ministry-coordinator")),
            Map.entry("rounds/new", Set.of("ministry-coordinator")),
            Map.entry("units", Set.of("ministry-coordinator")),
            Map.entry("rounds/dashboard/:___url_parameter", Set.of("ministry-coordinator@BO-BNV")),
            Map.entry("rounds/accounts/:___url_parameter", Set.of("ministry-coordinator@BO-BNV")),
            Map.entry("sampling/submit/:___url_parameter", Set.of("provincial-officer@T34-31", "provincial-officer@T34-01",
                    "provincial-officer@T34-79")),
            Map.entry("sampling/review/:___url_parameter", Set.of("ministry-coordinator@BO-BNV")),
            // A unit's request: its own officers, and the coordinator of the round's organiser.
            Map.entry("sampling/request", Set.of("provincial-officer@T34-31", "provincial-officer@T34-01",
                    "provincial-officer@T34-79", "ministry-coordinator@BO-BNV")),
            Map.entry("sampling/requests", Set.of("provincial-officer")),
            Map.entry("round/manual-stage/:___url_parameter", Set.of("ministry-coordinator@BO-BNV")),
            Map.entry("audit", Set.of("operator")),
            Map.entry("survey/design/:___url_parameter", Set.of("ministry-coordinator@BO-BNV")),
            Map.entry("survey/sample-review/:___url_parameter", Set.of("ministry-coordinator@BO-BNV")),
            // A round's sample: the coordinator of its organiser; any other coordinator is told it is not theirs.
            Map.entry("survey/sample", Set.of("ministry-coordinator@BO-BNV")),
            Map.entry("survey/my-sample", Set.of("provincial-officer")),
            // Any coordinator opens it; the rounds offered are those they organise (InvitationsViewTest).
            Map.entry("survey/invitations", Set.of("ministry-coordinator")),
            Map.entry("survey/officials", Set.of("provincial-officer")),
            Map.entry("survey/officials/rates", Set.of("ministry-coordinator")),
            // The online survey's progress (counts only): coordinators, a province its own; microdata: statisticians.
            Map.entry("survey/progress", Set.of("ministry-coordinator")),
            Map.entry("survey/my-progress", Set.of("provincial-officer", "unit-leader")),
            Map.entry("survey/microdata", Set.of("survey-statistician")),
            // Fieldwork checks: a supervisor's call-backs and flags (their branch's, shown by the view), the report per
            // enumerator also for the ministry; never a province's or commune's official (non-interference).
            Map.entry("fieldwork/callbacks", Set.of("fieldwork-supervisor")),
            Map.entry("fieldwork/flags", Set.of("fieldwork-supervisor")),
            Map.entry("fieldwork/quality", Set.of("fieldwork-supervisor", "ministry-coordinator",
                    "survey-statistician")),
            Map.entry("survey/questionnaires", Set.of("ministry-coordinator")),
            Map.entry("scorecards", Set.of("ministry-coordinator")),
            // A coordinator checks a questionnaire version before choosing it; nobody else chooses one.
            Map.entry("survey/questionnaires/preview", Set.of("ministry-coordinator")),
            // The council: its members vote (a member of no council reads that there is none); the coordinator sets
            // it up for the rounds their unit organises (another unit's coordinator finds none).
            Map.entry("council/vote/:___url_parameter?", Set.of("council-member")),
            Map.entry("council/setup/:___url_parameter?", Set.of("ministry-coordinator")),
            // The compiled results: coordinators (their own rounds) and council members (read-only).
            Map.entry("compilation/review/:___url_parameter?", Set.of("ministry-coordinator", "council-member")),
            // Publishing: coordinators (the rounds their unit organises; Publications refuses any other).
            Map.entry("publication/publish/:___url_parameter?", Set.of("ministry-coordinator")),
            Map.entry("upcoming", Set.of("appraiser", "council-member",
                    "citizen-moderator", "survey-statistician", "survey-partner")),
            // Fieldwork: a round's teams for its organiser's coordinator; a supervisor's branch and review queue; the
            // ministry's acceptance. Provincial and commune officials open none of them: non-interference.
            Map.entry("fieldwork/teams", Set.of("ministry-coordinator@BO-BNV")),
            Map.entry("fieldwork/branch", Set.of("fieldwork-supervisor")),
            Map.entry("fieldwork/review", Set.of("fieldwork-supervisor")),
            Map.entry("fieldwork/acceptance", Set.of("survey-statistician")),
            // The enumerator's own households and interviews (a supervisor may interview too); no official, no
            // coordinator. A slot not assigned to the person is refused (EnumeratorViewsTest).
            Map.entry("fieldwork/assignments", Set.of("enumerator", "fieldwork-supervisor")),
            Map.entry("fieldwork/interview/:slot", Set.of("enumerator")),
            // Paper forms typed twice: any fieldworker types (the forms offered are their branch's, never their own);
            // the differences are the branch's supervisor's. Officials of provinces and communes open neither.
            Map.entry("fieldwork/second-entry", Set.of("enumerator", "fieldwork-supervisor")),
            Map.entry("fieldwork/entry-differences", Set.of("fieldwork-supervisor")),
            // The self-assessment: a unit's own officers score, its own leader signs off (each sees only their unit's;
            // a task or round of another unit is refused, SelfAssessmentViewsTest).
            Map.entry("assessment/self/:___url_parameter?", Set.of("provincial-officer")),
            Map.entry("assessment/review/:___url_parameter?", Set.of("unit-leader")),
            // Appraisal: appraisers list their assigned units and open one (Appraisals refuses a unit not assigned
            // to them, AppraisalViewsTest); the unit's own officers explain (only their unit's).
            Map.entry("assessment/appraisals", Set.of("appraiser")),
            Map.entry("assessment/appraise/:___url_parameter?", Set.of("appraiser")),
            Map.entry("assessment/explain/:___url_parameter?", Set.of("provincial-officer")),
            // The appraisers' assignment: the coordinators (each sees the rounds their unit organises, h/assess-admin).
            Map.entry("assessment/appraisers", Set.of("ministry-coordinator")),
            // Past years' results and targets: the coordinating ministry's (a province's coordinator is told so);
            // a unit's own page for its officers and leader, showing nothing of another unit.
            Map.entry("indices/history", Set.of("ministry-coordinator@BO-BNV")),
            Map.entry("indices/my-unit", Set.of("provincial-officer", "unit-leader")),
            // Improvement plans: the unit's own officers and leader (ImprovementPlans refuses another unit's plan,
            // ImprovementPlanViewsTest); coordinators open a unit's plan from their list, read-only.
            Map.entry("improvement/plan/:___url_parameter?", Set.of("provincial-officer", "unit-leader",
                    "ministry-coordinator")),
            Map.entry("improvement/plans", Set.of("ministry-coordinator")),
            // Citizens' questions: officers and coordinators answer (each sees the questions about their own unit, a
            // ministry's coordinator every one, CitizenPostsTest); the moderator publishes or rejects.
            Map.entry("questions/answer", Set.of("provincial-officer", "ministry-coordinator")),
            Map.entry("questions/moderation", Set.of("citizen-moderator")));

    @Autowired IdentityProperties identity;
    @Autowired Rounds rounds;
    @Autowired Tasks tasks;
    @Autowired SamplingRequests sampling;
    @Autowired vn.thuocdo.survey.process.SurveyShortcut surveyShortcut;
    @Autowired vn.thuocdo.sampling.ApprovedRounds approvedRounds;
    @Autowired vn.thuocdo.survey.Samples samples;
    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams fieldworkTeams;
    @Autowired Assignments assignments;

    @Test
    void everyRouteHasAnEntryInTheMatrix() {
        Set<String> routes = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> routes.add(alias.getTemplate()));
        }
        assertThat(MATRIX.keySet()).as("routes without an access rule").containsAll(routes);
        assertThat(routes).as("rules for routes that no longer exist").containsAll(MATRIX.keySet());
    }

    @Test
    void eachRoleOpensExactlyTheRoutesTheMatrixAllows() {
        Round round = rounds.launchNew(new NewRound(2080, "Đợt ma trận quyền", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01", "T34-79"), "sampling-request@1", LocalDate.now().plusDays(5)),
                TestActors.COORDINATOR);
        Map<String, String> ownTask = new LinkedHashMap<>();
        ownTask.put("T34-31", tasks.inbox(TestActors.HAI_PHONG, new InboxFilter(round.id(), null), 0, 1).get(0).taskId());
        ownTask.put("T34-01", tasks.inbox(TestActors.HA_NOI, new InboxFilter(round.id(), null), 0, 1).get(0).taskId());
        var hoChiMinh = TestActors.officerOf("T34-79");
        sampling.submit(tasks.inbox(hoChiMinh, new InboxFilter(round.id(), null), 0, 1).get(0).taskId(),
                vn.thuocdo.sampling.ui.SamplingAnswersForTests.complete(), hoChiMinh);
        String haiPhongTask = ownTask.get("T34-31");
        String reviewTask = tasks.inbox(TestActors.COORDINATOR, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
        Map<String, String> locations = new LinkedHashMap<>();
        locations.put("login", "login");
        locations.put("inbox", "inbox");
        locations.put("notices", "notices");
        locations.put("units", "units");
        locations.put("", "");
        locations.put("rounds", "rounds");
        locations.put("rounds/new", "rounds/new");
        locations.put("rounds/dashboard/:___url_parameter", "rounds/dashboard/" + round.id());
        locations.put("rounds/accounts/:___url_parameter", "rounds/accounts/" + round.id());
        locations.put("sampling/submit/:___url_parameter", "sampling/submit/" + haiPhongTask);
        locations.put("sampling/review/:___url_parameter", "sampling/review/" + reviewTask);
        locations.put("audit", "audit");
        locations.put("survey/questionnaires", "survey/questionnaires");
        locations.put("scorecards", "scorecards");
        locations.put("indices/history", "indices/history");
        locations.put("indices/my-unit", "indices/my-unit");
        locations.put("sampling/request", request(round.id(), "T34-31"));
        locations.put("sampling/requests", "sampling/requests");
        locations.put("upcoming", "upcoming");
        locations.put("council/vote/:___url_parameter?", "council/vote");
        locations.put("council/setup/:___url_parameter?", "council/setup");
        locations.put("compilation/review/:___url_parameter?", "compilation/review");
        locations.put("publication/publish/:___url_parameter?", "publication/publish");
        locations.put("fieldwork/second-entry", "fieldwork/second-entry");
        locations.put("fieldwork/entry-differences", "fieldwork/entry-differences");
        locations.put("survey/questionnaires/preview", "survey/questionnaires/preview?ref=sipas-citizen@1");
        locations.put("round/manual-stage/:___url_parameter", "round/manual-stage/" + manualStage());
        // The survey's tasks: one round waits for its design, another (drawn) for its review.
        Round surveyed = approvedRounds.launch(2091, List.of("T34-46"), 12);
        Round drawn = approvedRounds.launch(2022, List.of("T63-31"), 12);
        String design = samples.openTask(surveyed.id(), vn.thuocdo.survey.SurveyForms.DESIGN).orElseThrow();
        samples.choose(samples.openTask(drawn.id(), vn.thuocdo.survey.SurveyForms.DESIGN).orElseThrow(),
                new vn.thuocdo.survey.SurveyChoice("sipas-citizen@1", "par-officials@1", "sipas-province@1"), 1,
                TestActors.COORDINATOR);
        locations.put("survey/design/:___url_parameter", "survey/design/" + design);
        locations.put("survey/sample-review/:___url_parameter", "survey/sample-review/"
                + samples.openTask(drawn.id(), vn.thuocdo.survey.SurveyForms.REVIEW).orElseThrow());
        locations.put("survey/sample", "survey/sample?round=" + drawn.id());
        locations.put("survey/my-sample", "survey/my-sample");
        locations.put("fieldwork/callbacks", "fieldwork/callbacks");
        locations.put("fieldwork/flags", "fieldwork/flags");
        locations.put("fieldwork/quality", "fieldwork/quality");
        locations.put("survey/invitations", "survey/invitations");
        locations.put("survey/officials", "survey/officials");
        locations.put("survey/officials/rates", "survey/officials/rates");
        locations.put("survey/progress", "survey/progress");
        locations.put("survey/my-progress", "survey/my-progress");
        locations.put("survey/microdata", "survey/microdata");
        String fieldworkRound = scene.setUp(2049).roundId();
        locations.put("fieldwork/teams", "fieldwork/teams?round=" + fieldworkRound);
        locations.put("fieldwork/branch", "fieldwork/branch");
        locations.put("fieldwork/review", "fieldwork/review");
        locations.put("fieldwork/acceptance", "fieldwork/acceptance?round=" + fieldworkRound);
        locations.put("fieldwork/assignments", "fieldwork/assignments");
        locations.put("fieldwork/interview/:slot", "fieldwork/interview/" + enumeratorsSlot());
        locations.put("assessment/self/:___url_parameter?", "assessment/self");
        locations.put("assessment/review/:___url_parameter?", "assessment/review");
        locations.put("assessment/appraisals", "assessment/appraisals");
        locations.put("assessment/appraise/:___url_parameter?", "assessment/appraise");
        locations.put("assessment/explain/:___url_parameter?", "assessment/explain");
        locations.put("assessment/appraisers", "assessment/appraisers");
        locations.put("improvement/plan/:___url_parameter?", "improvement/plan");
        locations.put("improvement/plans", "improvement/plans");
        locations.put("questions/answer", "questions/answer");
        locations.put("questions/moderation", "questions/moderation");

        List<String> wrong = new ArrayList<>();
        for (IdentityProperties.DemoAccount account : identity.demoAccounts()) {
            for (var entry : locations.entrySet()) {
                switchTo(account.username());
                boolean expected = allows(MATRIX.get(entry.getKey()), account.roles(), account.unit());
                // Officers open their own unit's task; another unit's is the third test's business.
                String location = entry.getKey().startsWith("sampling/submit") && ownTask.containsKey(account.unit())
                        ? "sampling/submit/" + ownTask.get(account.unit()) : entry.getValue();
                if (entry.getKey().equals("sampling/request") && ownTask.containsKey(account.unit())
                        && account.roles().contains("provincial-officer")) {
                    location = request(round.id(), account.unit());
                }
                boolean opened = opens(location);
                if (expected != opened) {
                    wrong.add(account.username() + " -> /" + location + ": expected "
                            + (expected ? "allowed" : "refused"));
                }
            }
        }
        for (var entry : locations.entrySet()) {
            restartAnonymously();
            boolean expected = MATRIX.get(entry.getKey()).contains("anonymous");
            if (expected != opens(entry.getValue()) && !entry.getKey().equals("login")) {
                wrong.add("anonymous -> /" + entry.getValue() + ": expected " + (expected ? "allowed" : "refused"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anOfficerOpensTheirOwnUnitsTaskButNotAnotherUnitsEvenWithTheRightRole() {
        Round round = rounds.launchNew(new NewRound(2081, "Đợt đơn vị khác", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        String haiPhongTask = tasks.inbox(TestActors.HAI_PHONG, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
        switchTo("haiphong");
        navigate("sampling/submit/" + haiPhongTask);
        assertThat(refusalShown()).isFalse();
        switchTo("hanoi");
        navigate("sampling/submit/" + haiPhongTask);
        assertThat(refusalShown()).isTrue();
    }

    private static String request(String roundId, String unitId) {
        return "sampling/request?round=" + roundId + "&unit=" + unitId;
    }

    @Test
    void anOfficerReadsTheirOwnUnitsRequestButNotAnotherUnitsAndTheCoordinatorOfAnotherOrganiserNeither() {
        Round round = rounds.launchNew(new NewRound(2079, "Đợt hồ sơ đơn vị khác", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        switchTo("haiphong");
        navigate(request(round.id(), "T34-31"));
        assertThat(refusalShown()).isFalse();
        switchTo("hanoi");
        navigate(request(round.id(), "T34-31"));
        assertThat(refusalShown()).isTrue();
        switchTo("dieuphoi.haiphong");
        navigate(request(round.id(), "T34-31"));
        assertThat(refusalShown()).isTrue();
    }

    /** A household of a fieldwork round (2044) given to the demo enumerator: only they open its interview. */
    private String enumeratorsSlot() {
        FieldworkScene.Team team = scene.setUp(2044);
        fieldworkTeams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "dieutravien", "Ngô Thị Hương",
                TeamRole.ENUMERATOR);
        long slot = scene.households(team, team.commune()).get(0);
        assignments.assign(team.supervisor(), slot, "dieutravien", null);
        return String.valueOf(slot);
    }

    /** A round whose only unit is approved waits at its first manual stage. */
    private String manualStage() {
        Round round = rounds.launchNew(new NewRound(2082, "Đợt giai đoạn thủ công", RoundLevel.NATIONAL,
                List.of("T34-46"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        var hue = TestActors.officerOf("T34-46");
        sampling.submit(tasks.inbox(hue, new InboxFilter(round.id(), null), 0, 1).get(0).taskId(),
                vn.thuocdo.sampling.ui.SamplingAnswersForTests.complete(), hue);
        sampling.approve(tasks.inbox(TestActors.COORDINATOR, new InboxFilter(round.id(), null), 0, 1).get(0).taskId(),
                TestActors.COORDINATOR);
        surveyShortcut.toFieldwork(round.id());
        return tasks.inbox(TestActors.COORDINATOR, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }

    private static boolean allows(Set<String> rule, List<String> roles, String unit) {
        return rule.contains("*") || rule.contains("anonymous")
                || roles.stream().anyMatch(r -> rule.contains(r) || rule.contains(r + "@" + unit));
    }

    /** Opened: the route's view is shown and it did not replace itself with a refusal. */
    private boolean opens(String location) {
        try {
            navigate(location);
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException refused) {
            return false;
        }
        List<Component> shown = new ArrayList<>();
        collect(UI.getCurrent(), shown);
        boolean error = shown.stream().anyMatch(c -> c.getClass().getSimpleName().contains("Error")
                || c instanceof vn.thuocdo.web.NotFoundView);
        boolean login = shown.stream().anyMatch(c -> c instanceof LoginView) && !location.equals("login");
        return !error && !login && !refusalShown();
    }

    private boolean refusalShown() {
        List<Component> shown = new ArrayList<>();
        collect(UI.getCurrent(), shown);
        return shown.stream().anyMatch(c -> c instanceof Div && "refusal".equals(c.getId().orElse(null)));
    }

    private static void collect(Component root, List<Component> into) {
        into.add(root);
        root.getChildren().forEach(child -> collect(child, into));
    }
}
