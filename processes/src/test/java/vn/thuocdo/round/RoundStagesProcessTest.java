package vn.thuocdo.round;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/** Each later stage is its own process behind a call activity and a {@link RoundStage} bean. */
@ProcessTest
@org.springframework.context.annotation.Import(RoundStagesProcessTest.PlugInStage.class)
class RoundStagesProcessTest {

    @Autowired vn.thuocdo.survey.process.SurveyShortcut surveyShortcut;
    @Autowired vn.thuocdo.assessment.process.AssessmentShortcut assessmentShortcut;
    @Autowired Rounds rounds;
    @Autowired vn.thuocdo.council.CouncilProcessScene councilScene;
    @Autowired RoundStages stages;
    @Autowired vn.thuocdo.compilation.Compilations compilations;
    @Autowired vn.thuocdo.publication.Publications publications;
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repository;
    @Autowired JdbcClient db;

    /** A stage that reports per-unit progress with an order of its own that the stage's place overrides. */
    @TestConfiguration
    static class PlugInStage {
        // The compilation stage's: the assessment stage has its real column now (AssessmentProgress).
        @Bean
        StageProgress compilationProgress() {
            return new StageProgress() {
                public String stage() {
                    return "compilation";
                }

                public int order() {
                    return 1;
                }

                public Map<String, StageStatus> statusByUnit(String roundId) {
                    return Map.of("T63-31", new StageStatus("COMPUTING", StageStatus.Tone.INFO, true, null, null,
                            false));
                }

                public void extend(String roundId, String unitId, LocalDate newDue, String reason, Actor actor) {
                }

                public void withdraw(String roundId, String unitId, String reason, Actor actor) {
                }
            };
        }
    }

    @Test
    void everyStageBeanHasOneCallActivityThatPassesItsBusinessKeyAndDeadlineToItsProcess() {
        BpmnModelInstance model = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey("EvaluationRoundProcess").latestVersion().singleResult().getId());
        Collection<CallActivity> calls = model.getModelElementsByType(CallActivity.class);
        assertThat(stages.all()).extracting(RoundStage::key)
                .containsExactly("survey", "assessment", "compilation", "council", "publication");
        for (RoundStage stage : stages.all()) {
            List<CallActivity> mine = calls.stream().filter(c -> ins(c).stream()
                    .anyMatch(in -> (stage.businessKey("#{roundId}")).equals(in.getCamundaBusinessKey()))).toList();
            assertThat(mine).as(stage.key()).singleElement().satisfies(call -> {
                assertThat(call.getCalledElement()).isEqualTo(stage.process());
                assertThat(ins(call)).anySatisfy(in -> {
                    assertThat(in.getCamundaSource()).isEqualTo(stage.dueVariable());
                    assertThat(in.getCamundaTarget()).isEqualTo(stage.calledDueVariable());
                });
                assertThat(ins(call)).extracting(CamundaIn::getCamundaTarget).contains("roundId", "organiserUnitId");
            });
        }
        // The survey's tasks, whatever they become, fall due on the survey's deadline in the organiser's group.
        BpmnModelInstance survey = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey("SurveyProcess").latestVersion().singleResult().getId());
        assertThat(survey.getModelElementsByType(UserTask.class)).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getCamundaDueDate()).isEqualTo("${surveyDue}");
            assertThat(task.getCamundaCandidateGroups()).isEqualTo("ministry-coordinator:${organiserUnitId}");
        });
    }

    @Test
    void aStagesPhaseIsItsOwnProcessStartedOrEndedAndReschedulingMovesItsWaitingTasks() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        Round round = rounds.launchNew(new NewRound(2039, "Đợt qua các giai đoạn", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", samplingDue, 3, Map.of("survey", samplingDue.plusDays(40))),
                COORDINATOR);
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(StageDue::phase).containsOnly(StagePhase.UPCOMING);
        sampling.submit(onlyTask(HAI_PHONG, round), answers(), HAI_PHONG);
        sampling.approve(onlyTask(COORDINATOR, round), COORDINATOR);

        ProcessInstance survey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(round.id() + ":survey")
                .singleResult();
        assertThat(survey.getProcessDefinitionId()).startsWith("SurveyProcess:");
        assertThat(runtime.getVariables(survey.getId())).containsEntry("roundId", round.id())
                .containsEntry("organiserUnitId", "BO-BNV")
                .containsEntry("surveyDue", TimeZones.endOf(samplingDue.plusDays(40)));
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(StageDue::phase)
                .containsExactly(StagePhase.CURRENT, StagePhase.UPCOMING, StagePhase.UPCOMING, StagePhase.UPCOMING,
                        StagePhase.UPCOMING);

        // Whatever tasks the survey's process has waiting, they move with the survey's new deadline.
        LocalDate later = samplingDue.plusDays(55);
        rounds.rescheduleStage(round.id(), "survey", later, "Kế hoạch khảo sát được điều chỉnh", COORDINATOR);
        Date end = TimeZones.endOf(later);
        assertThat(runtime.getVariable(round.processInstanceId(), "surveyDue")).isEqualTo(end);
        assertThat(runtime.getVariable(survey.getId(), "surveyDue")).isEqualTo(end);
        List<Task> waiting = taskService.createTaskQuery().processInstanceId(survey.getId()).list();
        assertThat(waiting).isNotEmpty().allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(end));

        // The survey ends: done; the next stage's own process starts, named after its call activity.
        surveyShortcut.toFieldwork(round.id());
        for (Task task : taskService.createTaskQuery().processInstanceId(survey.getId()).list()) {
            rounds.completeManualStage(task.getId(), null, COORDINATOR);
        }
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(StageDue::phase)
                .containsExactly(StagePhase.DONE, StagePhase.CURRENT, StagePhase.UPCOMING, StagePhase.UPCOMING,
                        StagePhase.UPCOMING);
        ProcessInstance assessment = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(round.id() + ":assessment").singleResult();
        assertThat(assessment.getProcessDefinitionId()).startsWith("AssessmentStageProcess:");
        assertThat(runtime.getVariables(assessment.getId())).containsEntry("assessmentDue", null);
        assertThat(onlyItem(HAI_PHONG, round).name()).isEqualTo("Tự chấm điểm");
        assertThatThrownBy(() -> rounds.rescheduleStage(round.id(), "survey", later.plusDays(1),
                "Giai đoạn đã xong thì không đổi hạn", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.stageDone"));

        // Every later stage after it, each its own process, until the round is complete.
        assessmentShortcut.finish(round.id());
        for (int stage = 2; stage < stages.all().size(); stage++) {
            if (onlyItem(COORDINATOR, round).formKey().equals("council/setup")) {
                councilScene.approveInOneVote(round.id());
            } else if (onlyItem(COORDINATOR, round).formKey().equals("compilation/review")) {
                compilations.handToCouncil(round.id(), COORDINATOR);
            } else if (onlyItem(COORDINATOR, round).formKey().equals(vn.thuocdo.publication.Publications.PUBLISH_FORM)) {
                publications.publish(round.id(), COORDINATOR);
            } else {
                rounds.completeManualStage(onlyTask(COORDINATOR, round), null, COORDINATOR);
            }
        }
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(StageDue::phase).containsOnly(StagePhase.DONE);
        assertThat(rounds.find(round.id(), COORDINATOR).orElseThrow().state()).isEqualTo(RoundState.COMPLETED);
    }

    @Test
    void aStageKeyNoBeanHasIsRefusedByNameAndACancelledRoundLeavesItsStageUnfinished() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        assertThatThrownBy(() -> rounds.prepare(new NewRound(2098, "Lịch giai đoạn cũ", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", samplingDue, 3, Map.of("fieldwork", samplingDue.plusDays(5))),
                COORDINATOR)).isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("round.unknownStage");
                    assertThat(e.args()).containsExactly("fieldwork");
                });
        Round round = rounds.launchNew(new NewRound(2098, "Đợt bị dừng", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", samplingDue), COORDINATOR);
        assertThatThrownBy(() -> rounds.rescheduleStage(round.id(), "fieldwork", samplingDue.plusDays(5),
                "Giai đoạn không còn tồn tại", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.unknownStage"));

        // A cancelled round ends the stage's process; the stage stays where it was, never done.
        sampling.submit(onlyTask(HAI_PHONG, round), answers(), HAI_PHONG);
        sampling.approve(onlyTask(COORDINATOR, round), COORDINATOR);
        rounds.cancel(round.id(), "Đợt thử nghiệm dừng lại", COORDINATOR);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(round.id() + ":survey").count())
                .isZero();
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(StageDue::phase)
                .containsExactly(StagePhase.CURRENT, StagePhase.UPCOMING, StagePhase.UPCOMING, StagePhase.UPCOMING,
                        StagePhase.UPCOMING);
    }

    @Test
    void aStageThatReportsPerUnitProgressTakesItsPlaceInTheYearOnTheDashboard() {
        Round round = rounds.launchNew(new NewRound(2023, "Đợt có cột giai đoạn", RoundLevel.NATIONAL,
                List.of("T63-01", "T63-31"), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
        RoundProgress progress = rounds.progress(round.id(), COORDINATOR);
        // Its bean says order 1, before sampling; its stage's place (after the survey) wins. (2023: 63 provinces.)
        assertThat(progress.stages()).containsExactly("sampling", "survey", "assessment", "compilation");
        assertThat(progress.units()).filteredOn(u -> u.unitId().equals("T63-31")).singleElement()
                .satisfies(u -> assertThat(u.stage("compilation").state()).isEqualTo("COMPUTING"));
        assertThat(progress.units()).filteredOn(u -> u.unitId().equals("T63-01")).singleElement()
                .satisfies(u -> assertThat(u.stage("compilation")).isNull());
    }

    @Test
    void theMigrationKeepsSchedulesStoredUnderTheOldStageNames() throws Exception {
        Round draft = rounds.prepare(new NewRound(2024, "Lịch lưu theo tên cũ", RoundLevel.NATIONAL, List.of("T63-31"),
                "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
        for (String old : List.of("FIELDWORK", "ASSESSMENT", "PUBLICATION")) {
            db.sql("insert into round_stage_due (round_id, stage, due) values (?, ?, ?)")
                    .params(draft.id(), old, java.sql.Date.valueOf(LocalDate.now().plusDays(30))).update();
        }
        String script = new String(getClass().getResourceAsStream("/db/migration/V13__round_stage_keys.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                db.sql(statement).update();
            }
        }
        assertThat(rounds.schedule(draft.id(), COORDINATOR)).filteredOn(s -> s.due() != null)
                .extracting(s -> s.stage().key()).containsExactly("survey", "assessment", "publication");
    }

    private static List<CamundaIn> ins(CallActivity call) {
        return List.copyOf(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list());
    }

    private String onlyTask(Actor actor, Round round) {
        return onlyItem(actor, round).taskId();
    }

    private WorkItem onlyItem(Actor actor, Round round) {
        return tasks.inbox(actor, new InboxFilter(round.id(), null), 0, 10).get(0);
    }

    private static Map<String, String> answers() {
        return Map.of("contactName", "Nguyễn Văn An", "contactPhone", "0912345678",
                "contactEmail", "an@snv.haiphong.gov.vn", "communes", "114", "villages", "2300",
                "households", "650000", "population", "2100000", "dossiersHandled", "480000");
    }
}
