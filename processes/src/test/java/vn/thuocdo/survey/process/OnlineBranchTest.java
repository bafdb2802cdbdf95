package vn.thuocdo.survey.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.thuocdo.round.Round;
import vn.thuocdo.sampling.ApprovedRounds;
import vn.thuocdo.survey.SampleVersion;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.SurveyReminders;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.survey.response.WindowState;
import vn.thuocdo.testing.ProcessTest;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * SurveyProcess's collection: the online branch opens the window on approval, reminds on every cycle without
 * leaving the wait, closes at the deadline; the stage ends only when fieldwork and the online survey are both done.
 * A moved deadline moves the open survey's close. The job executor is off: the timers are fired here through the
 * ManagementService. Years 2064, 2067–2069.
 */
@ProcessTest
@Import(OnlineBranchTest.Reminded.class)
class OnlineBranchTest {

    @Autowired ApprovedRounds approvedRounds;
    @Autowired Samples samples;
    @Autowired SurveyWindow window;
    @Autowired SurveyShortcut shortcut;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Reminded reminded;
    @Autowired vn.thuocdo.round.Rounds rounds;

    @TestConfiguration
    static class Reminded {
        final List<String> rounds = new CopyOnWriteArrayList<>();

        @Bean
        SurveyReminders recordingReminders() {
            return rounds::add;
        }
    }

    @Test
    void approvalOpensTheSurveyRemindersRepeatTheDeadlineClosesItAndTheStageWaitsForBothBranches() {
        Round round = approvedRounds.launch(2067, List.of("T34-31", "T34-01"), 20);
        SampleVersion approved = approve(round);
        ProcessInstance survey = survey(round);

        WindowState state = window.of(round.id()).orElseThrow();
        assertThat(state.closedAt()).isNull();
        assertThat(state.openAt(Instant.now())).isTrue();
        assertThat(state.closesAt()).isEqualTo(((Date) runtime.getVariable(survey.getId(),
                SurveyVariables.SURVEY_CLOSES_AT)).toInstant());
        assertThat(runtime.getVariable(survey.getId(), SurveyVariables.SURVEY_REMINDER_CYCLE)).isEqualTo("R/P7D");
        assertThat(samples.approvedSampleId(round.id())).contains(approved.id());
        assertThat(samples.openTask(round.id(), SurveyForms.FIELDWORK)).as("fieldwork runs alongside").isPresent();
        assertThat(timer(survey, "Event_OnlineSurveyDue").getDuedate()).isEqualTo(Date.from(state.closesAt()));

        management.executeJob(timer(survey, "Event_ReminderDue").getId());
        management.executeJob(timer(survey, "Event_ReminderDue").getId());
        assertThat(reminded.rounds).as("non-interrupting, once per cycle").containsExactly(round.id(), round.id());
        assertThat(window.of(round.id()).orElseThrow().closedAt()).isNull();

        tasks.complete(samples.openTask(round.id(), SurveyForms.FIELDWORK).orElseThrow());
        assertThat(survey(round)).as("the online survey is still open").isNotNull();

        management.executeJob(timer(survey, "Event_OnlineSurveyDue").getId());
        assertThat(window.of(round.id()).orElseThrow().closedAt()).isNotNull();
        assertThat(survey(round)).as("both branches done: the stage is complete").isNull();
        assertThat(management.createJobQuery().processInstanceId(survey.getId()).count()).isZero();
    }

    @Test
    void aRedrawAfterApprovalPausesTheSurveyAndTheNewApprovalReopensItForTheNewSample() {
        Round round = approvedRounds.launch(2068, List.of("T34-79"), 20);
        approve(round);
        ProcessInstance survey = survey(round);
        samples.redrawApproved(round.id(), 2068, "Hai xã bị ngập lụt, không thể khảo sát", COORDINATOR);
        assertThat(window.of(round.id()).orElseThrow().closedAt()).as("the old sample's letters stop").isNotNull();
        assertThat(management.createJobQuery().processInstanceId(survey.getId()).timers().count())
                .as("the online branch of the old sample stopped").isZero();

        SampleVersion second = samples.approve(samples.openTask(round.id(), SurveyForms.REVIEW).orElseThrow(),
                COORDINATOR);
        WindowState reopened = window.of(round.id()).orElseThrow();
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.openAt(Instant.now())).isTrue();
        assertThat(samples.approvedSampleId(round.id())).contains(second.id());
        assertThat(management.createJobQuery().processInstanceId(survey.getId()).timers().count()).isEqualTo(2);
    }

    @Test
    void movingTheSurveyDeadlineMovesTheOpenSurveysCloseAndItsTimer() {
        Round round = approvedRounds.launch(2064, List.of("T34-04"), 20);
        approve(round);
        ProcessInstance survey = survey(round);
        java.time.LocalDate later = java.time.LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(75);
        rounds.rescheduleStage(round.id(), "survey", later, "Lũ lụt ở ba xã: cần thêm thời gian", COORDINATOR);

        Date end = vn.thuocdo.shared.TimeZones.endOf(later);
        assertThat(window.of(round.id()).orElseThrow().closesAt()).isEqualTo(end.toInstant());
        assertThat(timer(survey, "Event_OnlineSurveyDue").getDuedate()).isEqualTo(end);
        assertThat(runtime.getVariable(survey.getId(), SurveyVariables.SURVEY_CLOSES_AT)).isEqualTo(end);

        // Closed at its deadline, it stays closed: a later move does not reopen it.
        management.executeJob(timer(survey, "Event_OnlineSurveyDue").getId());
        Instant closed = window.of(round.id()).orElseThrow().closedAt();
        assertThat(closed).isNotNull();
        rounds.rescheduleStage(round.id(), "survey", later.plusDays(5), "Gia hạn thêm", COORDINATOR);
        assertThat(window.of(round.id()).orElseThrow().closedAt()).isEqualTo(closed);
        assertThat(window.of(round.id()).orElseThrow().closesAt()).isEqualTo(end.toInstant());
    }

    @Test
    void aRoundTakenPastReviewWithoutASampleHasNoOnlineSurveyAndEndsWithFieldwork() {
        Round round = approvedRounds.launch(2069, List.of("T34-01"), 20);
        shortcut.toFieldwork(round.id());
        ProcessInstance survey = survey(round);
        assertThat(runtime.getVariable(survey.getId(), SurveyVariables.ONLINE_SURVEY)).isEqualTo(false);
        assertThat(window.of(round.id())).isEmpty();
        tasks.complete(samples.openTask(round.id(), SurveyForms.FIELDWORK).orElseThrow());
        assertThat(survey(round)).isNull();
    }

    private SampleVersion approve(Round round) {
        samples.choose(samples.openTask(round.id(), SurveyForms.DESIGN).orElseThrow(), OnlineSurveys.CHOICE,
                round.year(), COORDINATOR);
        return samples.approve(samples.openTask(round.id(), SurveyForms.REVIEW).orElseThrow(), COORDINATOR);
    }

    private ProcessInstance survey(Round round) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(SurveyVariables.PROCESS_KEY)
                .processInstanceBusinessKey(SurveyVariables.businessKey(round.id())).singleResult();
    }

    private Job timer(ProcessInstance survey, String activityId) {
        return management.createJobQuery().processInstanceId(survey.getId()).timers().activityId(activityId)
                .singleResult();
    }
}
