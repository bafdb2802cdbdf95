package vn.thuocdo.sampling;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.StagePhase;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.TaskGone;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;
import static vn.thuocdo.testing.TestActors.HA_NOI;

@ProcessTest
class SamplingRequestProcessTest {

    @Autowired vn.thuocdo.council.CouncilProcessScene councilScene;
    @Autowired vn.thuocdo.survey.process.SurveyShortcut surveyShortcut;
    @Autowired vn.thuocdo.assessment.process.AssessmentShortcut assessmentShortcut;
    @Autowired vn.thuocdo.publication.Publications publications;
    @Autowired Rounds rounds;
    @Autowired vn.thuocdo.compilation.Compilations compilations;
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;
    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired HistoryService history;
    @Autowired JdbcClient db;
    @Autowired AuditLog audit;
    @Autowired MutableClock clock;
    @Autowired vn.thuocdo.notification.Notifications notifications;

    private static int year = 2030;
    private Round round;

    @BeforeEach
    void launchRoundForHaiPhongAndHaNoi() {
        init(engine);
        clock.reset();
        // Each test gets its own year: one national round per year is allowed.
        round = rounds.launchNew(new NewRound(year++, "Đợt thử nghiệm", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        // Notices dated by a clock moved into the future would be every later test's newest ones.
        db.sql("delete from notice where at > ?")
                .param(java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofHours(1)))).update();
    }

    @Test
    void launchingAsksEachUnitThroughItsOwnOfficersWithTheDueDate() {
        List<WorkItem> hp = tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 50);
        assertThat(hp).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("Cung cấp thông tin chọn mẫu");
            assertThat(item.formKey()).isEqualTo(SamplingForms.SUBMIT);
            assertThat(item.unitId()).isEqualTo("T34-31");
            assertThat(item.due()).isEqualTo(round.samplingDue());
        });
        assertThat(tasks.inbox(HA_NOI, new InboxFilter(round.id(), null), 0, 50))
                .singleElement().extracting(WorkItem::unitId).isEqualTo("T34-01");
        assertThat(sampling.forRound(round.id())).extracting(SamplingRequest::state)
                .containsOnly(SamplingState.REQUESTED);
        assertThat(notifications.forActor(HAI_PHONG, 1).get(0)).satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("notice.sampling.requested");
            assertThat(notice.link()).as("opens the task").isEqualTo(SamplingForms.SUBMIT + "/" + hp.get(0).taskId());
        });
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(round.id() + ":T34-31").singleResult();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
                .isWaitingAt("Task_SubmitSamplingInfo");
    }

    @Test
    void aReturnedSubmissionComesBackWithItsReasonAndAnApprovalEndsTheStage() {
        String submit = onlyTask(HAI_PHONG);
        sampling.submit(submit, answers(), HAI_PHONG);

        String review = onlyTask(COORDINATOR);
        assertThat(sampling.reviewTask(review, COORDINATOR).request().state()).isEqualTo(SamplingState.SUBMITTED);
        sampling.sendBack(review, "Số hộ không khớp với Phụ lục 1, đề nghị kiểm tra lại.", COORDINATOR);

        assertThat(notifications.forActor(HAI_PHONG, 1).get(0).args())
                .containsExactly("Số hộ không khớp với Phụ lục 1, đề nghị kiểm tra lại.");
        String again = onlyTask(HAI_PHONG);
        SamplingTask returned = sampling.submitTask(again, HAI_PHONG);
        assertThat(returned.request().state()).isEqualTo(SamplingState.RETURNED);
        assertThat(returned.request().reviewReason()).startsWith("Số hộ không khớp");
        assertThat(returned.request().answers().whole("households")).contains(650_000L);

        Map<String, String> corrected = answers();
        corrected.put("households", "651200");
        sampling.submit(again, corrected, HAI_PHONG);
        sampling.approve(onlyTask(COORDINATOR), COORDINATOR);

        SamplingRequest approved = sampling.forRound(round.id()).stream()
                .filter(r -> r.unitId().equals("T34-31")).findFirst().orElseThrow();
        assertThat(approved.state()).isEqualTo(SamplingState.APPROVED);
        assertThat(approved.revision()).isEqualTo(2);
        audit.remember(HAI_PHONG);
        audit.remember(COORDINATOR);
        SamplingRequest named = sampling.forRound(round.id()).stream()
                .filter(r -> r.unitId().equals("T34-31")).findFirst().orElseThrow();
        assertThat(named).as("people by name, not by login")
                .extracting(SamplingRequest::submittedBy, SamplingRequest::reviewedBy)
                .containsExactly(HAI_PHONG.displayName(), COORDINATOR.displayName());
        assertThat(sampling.history(approved.id())).extracting(SamplingEvent::action)
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        assertThat(tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 10)).isEmpty();
    }

    @Test
    void theRoundsScheduleGivesEachLaterStageItsDeadlineInOrder() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        var outOfOrder = new java.util.HashMap<String, LocalDate>(Map.of(
                "survey", samplingDue.plusDays(60),
                "compilation", samplingDue.plusDays(30)));
        assertThatThrownBy(() -> rounds.prepare(new NewRound(year, "Lịch sai thứ tự", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", samplingDue, 3, outOfOrder), COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("round.scheduleOutOfOrder");
                    assertThat(e.args()).containsExactly("compilation", "survey");
                });
        assertThatThrownBy(() -> rounds.prepare(new NewRound(year, "Trước hạn chọn mẫu", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", samplingDue, 3,
                Map.of("survey", samplingDue.minusDays(1))), COORDINATOR))
                .isInstanceOf(Rejected.class);

        // Fieldwork and publication have deadlines; the stages between are left for later.
        round = rounds.launchNew(new NewRound(year++, "Đợt có lịch", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", samplingDue, 3, Map.of(
                "survey", samplingDue.plusDays(45),
                "publication", samplingDue.plusDays(120))), COORDINATOR);
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(vn.thuocdo.round.StageDue::phase)
                .containsOnly(StagePhase.UPCOMING);
        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        sampling.approve(onlyTask(COORDINATOR), COORDINATOR);
        assertThat(onlyTask(COORDINATOR, round).due()).as("the survey's first task").isEqualTo(samplingDue.plusDays(45));
        surveyShortcut.toFieldwork(round.id());

        WorkItem fieldwork = onlyTask(COORDINATOR, round);
        assertThat(fieldwork.due()).isEqualTo(samplingDue.plusDays(45));
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(vn.thuocdo.round.StageDue::phase)
                .containsExactly(StagePhase.CURRENT, StagePhase.UPCOMING, StagePhase.UPCOMING, StagePhase.UPCOMING, StagePhase.UPCOMING);
        rounds.completeManualStage(fieldwork.taskId(), null, COORDINATOR);
        WorkItem assessment = onlyTask(HAI_PHONG, round);
        assertThat(assessment.due()).as("no deadline set: the unit's task waits far ahead").isAfter(samplingDue.plusDays(3000));
        assertThat(rounds.schedule(round.id(), COORDINATOR)).extracting(vn.thuocdo.round.StageDue::phase)
                .containsExactly(StagePhase.DONE, StagePhase.CURRENT, StagePhase.UPCOMING, StagePhase.UPCOMING, StagePhase.UPCOMING);
        assertThat(rounds.schedule(round.id(), COORDINATOR).get(4).due()).isEqualTo(samplingDue.plusDays(120));

        // The current stage's deadline moves with a reason: the waiting task follows, the history keeps it.
        var ASSESSMENT = "assessment";
        assertThatThrownBy(() -> rounds.rescheduleStage(round.id(), ASSESSMENT, samplingDue.plusDays(80),
                "ngắn", COORDINATOR)).isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> rounds.rescheduleStage(round.id(), ASSESSMENT, samplingDue.plusDays(80),
                "Các bộ xin thêm thời gian tự đánh giá", HAI_PHONG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> rounds.rescheduleStage(round.id(), ASSESSMENT, samplingDue.plusDays(130),
                "Sau cả ngày công bố thì sai thứ tự", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.scheduleOutOfOrder"));
        assertThatThrownBy(() -> rounds.rescheduleStage(round.id(), "survey",
                samplingDue.plusDays(50), "Giai đoạn đã xong thì không đổi hạn", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.stageDone"));
        rounds.rescheduleStage(round.id(), ASSESSMENT, samplingDue.plusDays(80),
                "Các bộ xin thêm thời gian tự đánh giá", COORDINATOR);
        assertThat(onlyTask(HAI_PHONG, round).due()).isEqualTo(samplingDue.plusDays(80));
        assertThat(rounds.history(round.id(), COORDINATOR)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("STAGE_RESCHEDULED");
            assertThat(e.detail()).isEqualTo("assessment: — → " + vn.thuocdo.shared.Formats.date(samplingDue.plusDays(80))
                    + ": Các bộ xin thêm thời gian tự đánh giá");
        });
        // A later stage's new deadline waits in the workflow for its task.
        rounds.rescheduleStage(round.id(), "compilation", samplingDue.plusDays(100),
                "Tổng hợp cần hạn rõ ràng", COORDINATOR);
        assessmentShortcut.finish(round.id());
        assertThat(onlyTask(COORDINATOR, round).due()).isEqualTo(samplingDue.plusDays(100));
    }

    @Test
    void aDeadlineSetOnADraftIsTheOneItsStageTaskGetsAfterLaunch() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        Round draft = rounds.prepare(new NewRound(year++, "Bản nháp có lịch", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", samplingDue), COORDINATOR);
        rounds.rescheduleStage(draft.id(), "survey", samplingDue.plusDays(30),
                "Kế hoạch khảo sát đã được duyệt", COORDINATOR);
        round = rounds.launch(draft.id(), COORDINATOR);
        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        sampling.approve(onlyTask(COORDINATOR), COORDINATOR);
        assertThat(onlyTask(COORDINATOR, round).due()).isEqualTo(samplingDue.plusDays(30));
    }

    @Test
    void afterSamplingTheRoundWalksTheManualStagesToCompletion() {
        for (var officer : List.of(HAI_PHONG, HA_NOI)) {
            sampling.submit(onlyTask(officer), answers(), officer);
        }
        for (WorkItem review : tasks.inbox(COORDINATOR, new InboxFilter(round.id(), null), 0, 10)) {
            sampling.approve(review.taskId(), COORDINATOR);
        }
        assertThat(rounds.history(round.id(), COORDINATOR)).extracting(e -> e.action())
                .containsExactly("PREPARED", "LAUNCHED", "SAMPLING_COMPLETED");
        surveyShortcut.toFieldwork(round.id());

        List<String> stages = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            if (i == 1) {
                // The assessment stage is each unit's own self-assessment, no longer a coordinator's task.
                assertThat(onlyTask(HAI_PHONG, round).name()).isEqualTo("Tự chấm điểm");
                assessmentShortcut.finish(round.id());
                stages.add("assessment");
                continue;
            }
            WorkItem stage = tasks.inbox(COORDINATOR, new InboxFilter(round.id(), null), 0, 10).get(0);
            if (stage.formKey().equals("council/setup")) {
                // The council is its own process now (vn.thuocdo.council): it approves in one vote.
                stages.add(stage.name());
                councilScene.approveInOneVote(round.id());
                continue;
            }
            if (stage.formKey().equals(vn.thuocdo.compilation.Compilations.REVIEW_FORM)) {
                // The compilation is its own process now (vn.thuocdo.compilation): computed, then handed over.
                stages.add(stage.name());
                compilations.handToCouncil(round.id(), COORDINATOR);
                continue;
            }
            if (stage.formKey().equals(vn.thuocdo.publication.Publications.PUBLISH_FORM)) {
                // The publication is its own process now (vn.thuocdo.publication): publishing completes it.
                stages.add(stage.name());
                assertThat(publications.publish(round.id(), COORDINATOR).code()).startsWith("CB-");
                continue;
            }
            assertThat(stage.formKey()).isEqualTo(Rounds.MANUAL_STAGE);
            if (i == 0) {
                assertThatThrownBy(() -> rounds.completeManualStage(stage.taskId(), null, HAI_PHONG))
                        .isInstanceOf(AccessDenied.class);
            }
            stages.add(stage.name());
            rounds.completeManualStage(stage.taskId(), i == 0 ? "Mẫu đã rút theo phương án được duyệt" : null, COORDINATOR);
        }
        assertThat(stages).containsExactly("Khảo sát thực địa và trực tuyến (thực hiện thủ công)",
                "assessment",
                "Rà soát kết quả tổng hợp",
                "Chỉ định Hội đồng và mở phiên biểu quyết",
                "Công bố kết quả");
        assertThat(rounds.find(round.id(), COORDINATOR).orElseThrow().state())
                .isEqualTo(vn.thuocdo.round.RoundState.COMPLETED);
        assertThat(rounds.history(round.id(), COORDINATOR)).extracting(e -> e.action()).endsWith("STAGE_DONE", "COMPLETED");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(round.processInstanceId())
                .finished().count()).isEqualTo(1);
    }

    @Test
    void missingAndMalformedAnswersAreRefusedFieldByFieldAndNothingChanges() {
        String submit = onlyTask(HAI_PHONG);
        Map<String, String> bad = answers();
        bad.remove("contactName");
        bad.put("communes", "một trăm");

        assertThatThrownBy(() -> sampling.submit(submit, bad, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.errors())
                        .extracting(f -> f.fieldKey() + ":" + f.code())
                        .containsExactly("contactName:field.required", "communes:field.notInteger"));
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.REQUESTED);
        assertThat(requestOf("T34-31").answers().isEmpty()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(submit).count()).isEqualTo(1);
    }

    @Test
    void aSecondClickOnSubmitIsRefusedAsAlreadyDone() {
        String submit = onlyTask(HAI_PHONG);
        sampling.submit(submit, answers(), HAI_PHONG);
        Map<String, String> other = answers();
        other.put("population", "1");
        assertThatThrownBy(() -> sampling.submit(submit, other, HAI_PHONG)).isInstanceOf(TaskGone.class);
        assertThat(requestOf("T34-31").answers().whole("population")).contains(2_100_000L);
        assertThat(requestOf("T34-31").revision()).isEqualTo(1);
    }

    @Test
    void anOfficerOfAnotherProvinceCannotOpenOrSubmitTheTaskAndTheAttemptIsAudited() {
        String haiPhongTask = onlyTask(HAI_PHONG);
        assertThatThrownBy(() -> sampling.submitTask(haiPhongTask, HA_NOI)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> sampling.submit(haiPhongTask, answers(), HA_NOI)).isInstanceOf(AccessDenied.class);
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.REQUESTED);
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("hanoi");
            assertThat(e.outcome()).isEqualTo(AuditLog.DENIED);
            assertThat(e.target()).isEqualTo("task:" + haiPhongTask);
        });
    }

    @Test
    void anOfficerCannotReviewAndAReturnNeedsAReason() {
        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        String review = onlyTask(COORDINATOR);
        assertThatThrownBy(() -> sampling.approve(review, HAI_PHONG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> sampling.sendBack(review, "  sai ", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("sampling.reasonRequired"));
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.SUBMITTED);
    }

    @Test
    void aReturnCanPinItsReasonsToFieldsAndTheUnitSeesThemUntilItResubmits() {
        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        String review = onlyTask(COORDINATOR);
        // Bad notes change nothing: an unknown field, a row of an annex that has none, an empty note, a row twice.
        for (List<ReturnNote> bad : List.of(
                List.of(ReturnNote.onField("khongCo", "Không có mục này")),
                List.of(ReturnNote.onRow(SamplingFrames.FRAME, 12, "Chưa đính kèm Phụ lục 1")),
                List.of(ReturnNote.onField("households", "   ")),
                List.of(ReturnNote.onField("households", "Sai"), ReturnNote.onField("households", "Sai nữa")),
                List.of(new ReturnNote("phu-luc-9", "1", null, "Không có phụ lục này")))) {
            assertThatThrownBy(() -> sampling.sendBack(review, null, bad, COORDINATOR)).isInstanceOf(Rejected.class);
        }
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.SUBMITTED);

        // The notes say it all: no overall reason needed.
        sampling.sendBack(review, "", List.of(
                ReturnNote.onField("households", "Tổng số hộ thấp hơn năm trước 20%, đề nghị giải trình"),
                ReturnNote.onField("dossiersHandled", "Thiếu hồ sơ cấp xã")), COORDINATOR);
        SamplingRequest returned = requestOf("T34-31");
        assertThat(returned.reviewReason()).isNull();
        assertThat(sampling.returnNotes(returned)).extracting(ReturnNote::ref, ReturnNote::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("households", "Tổng số hộ"),
                        org.assertj.core.groups.Tuple.tuple("dossiersHandled",
                                "Số hồ sơ thủ tục hành chính đã giải quyết trong kỳ"));
        assertThat(notifications.forActor(HAI_PHONG, 1).get(0).args().get(0))
                .isEqualTo("Tổng số hộ thấp hơn năm trước 20%, đề nghị giải trình; Thiếu hồ sơ cấp xã");

        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        assertThat(sampling.returnNotes(requestOf("T34-31"))).as("the reviewer sees what was asked").hasSize(2);
        sampling.approve(onlyTask(COORDINATOR), COORDINATOR);
        assertThat(sampling.returnNotes(requestOf("T34-31"))).isEmpty();
    }

    @Test
    void aSubmissionReachesTheWorkflowByCorrelationAndTheSubmitTaskCannotBeCompletedWithoutOne() {
        String submit = onlyTask(HAI_PHONG);
        // Completing the task in the engine (Tasklist, /engine-rest) would skip the submission: refused, rolled back.
        assertThatThrownBy(() -> engine.getTaskService().complete(submit))
                .hasRootCauseInstanceOf(Rejected.class);
        assertThat(onlyTask(HAI_PHONG)).isEqualTo(submit);
        assertThat(requestOf("T34-31").state()).isEqualTo(SamplingState.REQUESTED);

        // A provincial system submits by round and unit, without the task id.
        assertThatThrownBy(() -> sampling.submitFor(round.id(), "T34-31", answers(), HA_NOI))
                .isInstanceOf(AccessDenied.class);
        sampling.submitFor(round.id(), "T34-31", answers(), HAI_PHONG);
        assertThat(tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 10)).isEmpty();
        assertThat(tasks.inbox(COORDINATOR, new InboxFilter(round.id(), null), 0, 10)).hasSize(1);
        // A second submission while one is in review finds nothing waiting for it, and changes nothing.
        assertThatThrownBy(() -> sampling.submitFor(round.id(), "T34-31", answers(), HAI_PHONG))
                .isInstanceOfSatisfying(Rejected.class,
                        e -> assertThat(e.key()).isEqualTo("sampling.notAwaitingSubmission"));
        assertThat(sampling.history(requestOf("T34-31").id())).extracting(SamplingEvent::action)
                .containsExactly("SUBMITTED");
        assertThatThrownBy(() -> sampling.submitFor(round.id(), "T34-79", answers(), HAI_PHONG))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aSubmissionAfterTheDeadlineIsAcceptedAndFlaggedLate() {
        clock.advance(Duration.ofDays(12));
        assertThat(tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 10).get(0)
                .overdueOn(vn.thuocdo.shared.TimeZones.today(clock))).isTrue();
        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        assertThat(requestOf("T34-31").submittedLate()).isTrue();
        assertThat(sampling.history(requestOf("T34-31").id())).extracting(SamplingEvent::action)
                .containsExactly("SUBMITTED_LATE");
    }

    @Test
    void aRoundCannotBeLaunchedTwice() {
        assertThatThrownBy(() -> rounds.launch(round.id(), COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.notDraft"));
        assertThat(db.sql("select count(*) from sampling_request where round_id = ?").param(round.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void someoneWithoutARoleHasAnEmptyInboxAndCannotOpenTasks() {
        var nobody = new vn.thuocdo.identity.Actor("khongdonvi", "Không đơn vị", "-", java.util.Set.of());
        assertThat(tasks.inbox(nobody, InboxFilter.ALL, 0, 10)).isEmpty();
        assertThat(tasks.countInbox(nobody, InboxFilter.ALL)).isZero();
        String submit = onlyTask(HAI_PHONG);
        assertThatThrownBy(() -> sampling.submitTask(submit, nobody)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void theDashboardCountsEachStateAndFlagsUnitsPastTheirDeadline() {
        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        clock.advance(Duration.ofDays(11));
        vn.thuocdo.round.RoundProgress progress = rounds.progress(round.id(), COORDINATOR);
        assertThat(progress.count("sampling", "SUBMITTED")).isEqualTo(1);
        assertThat(progress.count("sampling", "REQUESTED")).isEqualTo(1);
        assertThat(progress.overdue()).isEqualTo(1);
        assertThat(progress.units()).filteredOn(vn.thuocdo.round.UnitProgress::overdue)
                .extracting(vn.thuocdo.round.UnitProgress::unitId).containsExactly("T34-01");
        assertThatThrownBy(() -> rounds.progress(round.id(), HAI_PHONG)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void unitsThatHaveNotSubmittedAreRemindedBeforeTheDeadlineAndTheCoordinatorIsAlertedOnceItPasses() {
        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        LocalDate due = round.samplingDue();
        int haNoiBefore = notifications.forActor(HA_NOI, 500).size();
        int haiPhongBefore = notifications.forActor(HAI_PHONG, 500).size();

        // Three days before the due date (the round's default), at 08:00 in Vietnam.
        runRoundJobsAt(due.minusDays(3).atTime(9, 0));
        List<vn.thuocdo.notification.Notice> haNoi = notifications.forActor(HA_NOI, 500);
        assertThat(haNoi).hasSize(haNoiBefore + 1);
        assertThat(haNoi.get(0).key()).isEqualTo("notice.sampling.reminder");
        assertThat(haNoi.get(0).args()).containsExactly(vn.thuocdo.shared.Formats.date(due));
        assertThat(notifications.forActor(HAI_PHONG, 500)).as("Hải Phòng submitted: no reminder").hasSize(haiPhongBefore);

        int coordinatorBefore = alertsFor(round.id());
        runRoundJobsAt(due.plusDays(1).atTime(9, 0));
        assertThat(alertsFor(round.id())).isEqualTo(coordinatorBefore + 1);
        assertThat(sampling.history(requestOf("T34-01").id())).extracting(SamplingEvent::action)
                .containsExactly("REMINDED", "ESCALATED");
        // A retried or repeated job does not notify twice.
        assertThat(sampling.remind(round.id(), "T34-01")).isFalse();
        assertThat(sampling.escalate(round.id(), "T34-01", "BO-BNV")).isFalse();
    }

    @Test
    void theCoordinatorChoosesHowManyDaysBeforeTheDeadlineUnitsAreReminded() {
        assertThatThrownBy(() -> rounds.prepare(new NewRound(year, "Nhắc quá sớm", RoundLevel.NATIONAL,
                List.of("T34-01"), "sampling-request@1", LocalDate.now().plusDays(20), 31), COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.reminderOutOfRange"));
        round = rounds.launchNew(new NewRound(year++, "Nhắc trước một tuần", RoundLevel.NATIONAL,
                List.of("T34-01"), "sampling-request@1", LocalDate.now().plusDays(20), 7), COORDINATOR);
        assertThat(rounds.reminderDaysBefore(round.id())).isEqualTo(7);
        LocalDate due = round.samplingDue();

        runRoundJobsAt(due.minusDays(8).atTime(9, 0));
        assertThat(sampling.history(requestOf("T34-01").id())).as("not yet: eight days before").isEmpty();
        runRoundJobsAt(due.minusDays(7).atTime(9, 0));
        assertThat(sampling.history(requestOf("T34-01").id())).extracting(SamplingEvent::action)
                .containsExactly("REMINDED");
    }

    @Test
    void anExtensionMovesTheTaskAndItsTimersAndIsRecordedWithItsReason() {
        LocalDate oldDue = round.samplingDue();
        LocalDate newDue = oldDue.plusDays(10);
        assertThatThrownBy(() -> sampling.extend(round.id(), "T34-01", newDue, "ngắn", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.reasonRequired"));
        assertThatThrownBy(() -> sampling.extend(round.id(), "T34-01", newDue, "Tỉnh xin thêm thời gian tổng hợp",
                HA_NOI)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> sampling.extend(round.id(), "T34-01", LocalDate.now().minusDays(1),
                "Tỉnh xin thêm thời gian tổng hợp", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.dueInPast"));

        sampling.extend(round.id(), "T34-01", newDue, "Tỉnh xin thêm thời gian tổng hợp số liệu xã mới sáp nhập", COORDINATOR);
        WorkItem waiting = tasks.inbox(HA_NOI, new InboxFilter(round.id(), null), 0, 1).get(0);
        assertThat(waiting.due()).isEqualTo(newDue);
        assertThat(notifications.forActor(HA_NOI, 1).get(0)).satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("notice.sampling.extended");
            assertThat(notice.link()).isEqualTo(SamplingForms.SUBMIT + "/" + waiting.taskId());
        });
        assertThat(requestOf("T34-01").due()).isEqualTo(newDue);
        int before = alertsFor(round.id());
        runRoundJobsAt(oldDue.plusDays(1).atTime(9, 0));
        assertThat(alertsFor(round.id())).as("no escalation at the old deadline").isEqualTo(before);
        runRoundJobsAt(newDue.plusDays(1).atTime(9, 0));
        assertThat(alertsFor(round.id())).isEqualTo(before + 1);
        assertThat(rounds.history(round.id(), COORDINATOR)).extracting(e -> e.action()).contains("DEADLINE_EXTENDED");
        assertThat(rounds.history(round.id(), COORDINATOR)).filteredOn(e -> e.action().equals("DEADLINE_EXTENDED"))
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("T34-01: ")
                        .contains(vn.thuocdo.shared.Formats.date(newDue)).endsWith("xã mới sáp nhập"));
    }

    @Test
    void anExtensionAfterTheReminderAndTheEscalationHaveFiredBringsBothAgainAtTheNewDates() {
        LocalDate oldDue = round.samplingDue();
        runRoundJobsAt(oldDue.plusDays(2).atTime(9, 0));
        assertThat(sampling.history(requestOf("T34-01").id())).extracting(SamplingEvent::action)
                .containsExactly("REMINDED", "ESCALATED");
        int alerts = alertsFor(round.id());

        // Two days overdue, the coordinator gives ten more days.
        clock.advance(Duration.ofDays(12));
        LocalDate newDue = oldDue.plusDays(10);
        rounds.extend(round.id(), "sampling", "T34-01", newDue, "Tỉnh xin thêm thời gian tổng hợp số liệu", COORDINATOR);

        runRoundJobsAt(newDue.minusDays(4).atTime(9, 0));
        assertThat(sampling.history(requestOf("T34-01").id())).extracting(SamplingEvent::action)
                .as("nothing before the new reminder date").containsExactly("REMINDED", "ESCALATED", "EXTENDED");
        runRoundJobsAt(newDue.minusDays(3).atTime(9, 0));
        assertThat(notifications.forActor(HA_NOI, 1).get(0)).satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("notice.sampling.reminder");
            assertThat(notice.args()).containsExactly(vn.thuocdo.shared.Formats.date(newDue));
            assertThat(notice.link()).as("the same task as before the extension")
                    .isEqualTo(SamplingForms.SUBMIT + "/" + onlyTask(HA_NOI));
        });
        runRoundJobsAt(newDue.atTime(23, 0));
        assertThat(alertsFor(round.id())).as("not before the new deadline has passed").isEqualTo(alerts);
        runRoundJobsAt(newDue.plusDays(1).atTime(9, 0));
        assertThat(alertsFor(round.id())).isEqualTo(alerts + 1);
        assertThat(sampling.history(requestOf("T34-01").id())).extracting(SamplingEvent::action)
                .containsExactly("REMINDED", "ESCALATED", "EXTENDED", "REMINDED", "ESCALATED");
        // Still overdue, a second extension arms both again.
        clock.advance(Duration.ofDays(12));
        rounds.extend(round.id(), "sampling", "T34-01", newDue.plusDays(5), "Gia hạn lần hai theo đề nghị của tỉnh",
                COORDINATOR);
        runRoundJobsAt(newDue.plusDays(6).atTime(9, 0));
        assertThat(sampling.history(requestOf("T34-01").id())).extracting(SamplingEvent::action)
                .endsWith("EXTENDED", "REMINDED", "ESCALATED");
    }

    @Test
    void anExtensionWhileTheSubmissionIsInReviewIsTheDeadlineAReturnedTaskIsWatchedBy() {
        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        LocalDate newDue = round.samplingDue().plusDays(20);
        sampling.extend(round.id(), "T34-31", newDue, "Gia hạn trong lúc Bộ đang xem xét", COORDINATOR);
        sampling.sendBack(onlyTask(COORDINATOR), "Số hộ không khớp với Phụ lục 1, đề nghị kiểm tra lại.", COORDINATOR);
        assertThat(onlyTask(HAI_PHONG, round).due()).isEqualTo(newDue);

        runRoundJobsAt(round.samplingDue().plusDays(1).atTime(9, 0));
        assertThat(sampling.history(requestOf("T34-31").id())).extracting(SamplingEvent::action)
                .as("the old deadline is gone").doesNotContain("REMINDED", "ESCALATED");
        runRoundJobsAt(newDue.plusDays(1).atTime(9, 0));
        assertThat(sampling.history(requestOf("T34-31").id())).extracting(SamplingEvent::action)
                .endsWith("RETURNED", "REMINDED", "ESCALATED");
    }

    @Test
    void anExtensionMustBeLaterThanTheUnitsCurrentDeadlineOrNothingChanges() {
        LocalDate due = round.samplingDue();
        for (LocalDate notLater : List.of(due, due.minusDays(1))) {
            assertThatThrownBy(() -> rounds.extend(round.id(), "sampling", "T34-01", notLater,
                    "Rút ngắn hạn cho kịp tổng hợp", COORDINATOR))
                    .isInstanceOfSatisfying(Rejected.class, e -> {
                        assertThat(e.key()).isEqualTo(Rounds.EXTENSION_NOT_LATER);
                        assertThat(e.args()).containsExactly(vn.thuocdo.shared.Formats.date(due));
                    });
            assertThatThrownBy(() -> sampling.extend(round.id(), "T34-01", notLater, "Rút ngắn hạn cho kịp tổng hợp",
                    COORDINATOR)).isInstanceOfSatisfying(Rejected.class,
                    e -> assertThat(e.key()).isEqualTo(Rounds.EXTENSION_NOT_LATER));
        }
        assertThat(requestOf("T34-01").due()).isEqualTo(due);
        assertThat(sampling.history(requestOf("T34-01").id())).isEmpty();
        assertThat(rounds.history(round.id(), COORDINATOR)).extracting(e -> e.action())
                .doesNotContain("DEADLINE_EXTENDED");
        assertThat(tasks.inbox(HA_NOI, new InboxFilter(round.id(), null), 0, 1).get(0).due()).isEqualTo(due);
        // Someone who does not organise the round learns nothing about the deadline.
        assertThatThrownBy(() -> rounds.extend(round.id(), "sampling", "T34-01", due,
                "Rút ngắn hạn cho kịp tổng hợp", HA_NOI)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void noticesOpenTheTaskOrTheRequestTheyAreAbout() {
        String submit = onlyTask(HAI_PHONG);
        sampling.submit(submit, answers(), HAI_PHONG);
        String review = onlyTask(COORDINATOR);
        assertThat(notifications.forActor(COORDINATOR, 1).get(0)).satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("notice.sampling.submitted");
            assertThat(notice.args()).containsExactly("Thành phố Hải Phòng");
            assertThat(notice.link()).isEqualTo(SamplingForms.REVIEW + "/" + review);
        });

        sampling.sendBack(review, "Số hộ không khớp với Phụ lục 1, đề nghị kiểm tra lại.", COORDINATOR);
        String again = onlyTask(HAI_PHONG);
        assertThat(notifications.forActor(HAI_PHONG, 1).get(0)).satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("notice.sampling.returned");
            assertThat(notice.link()).as("the returned task, not the inbox").isEqualTo(SamplingForms.SUBMIT + "/" + again);
        });

        sampling.submit(again, answers(), HAI_PHONG);
        String secondReview = onlyTask(COORDINATOR);
        assertThat(notifications.forActor(COORDINATOR, 1).get(0).link()).isEqualTo(SamplingForms.REVIEW + "/" + secondReview);
        sampling.approve(secondReview, COORDINATOR);
        assertThat(notifications.forActor(HAI_PHONG, 1).get(0)).satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("notice.sampling.approved");
            assertThat(notice.link()).isEqualTo("sampling/request?round=" + round.id() + "&unit=T34-31");
        });
    }

    @Test
    void aWithdrawnUnitLeavesTheRoundWhichThenCompletesWithTheOthers() {
        sampling.withdraw(round.id(), "T34-01", "Tỉnh không thuộc diện khảo sát năm nay", COORDINATOR);
        assertThat(tasks.inbox(HA_NOI, new InboxFilter(round.id(), null), 0, 10)).isEmpty();
        assertThat(requestOf("T34-01").state()).isEqualTo(SamplingState.WITHDRAWN);
        assertThatThrownBy(() -> sampling.withdraw(round.id(), "T34-01", "Rút lại lần nữa cho chắc", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("sampling.notRunning"));

        sampling.submit(onlyTask(HAI_PHONG), answers(), HAI_PHONG);
        sampling.approve(onlyTask(COORDINATOR), COORDINATOR);
        assertThat(rounds.history(round.id(), COORDINATOR)).extracting(e -> e.action())
                .containsExactly("PREPARED", "LAUNCHED", "UNIT_WITHDRAWN", "SAMPLING_COMPLETED");
        assertThat(rounds.progress(round.id(), COORDINATOR).count("sampling", "WITHDRAWN")).isEqualTo(1);
    }

    @Test
    void aCancelledRoundTakesEveryOpenTaskAwayAndCannotBeCancelledAgain() {
        assertThatThrownBy(() -> rounds.cancel(round.id(), "", COORDINATOR)).isInstanceOf(Rejected.class);
        rounds.cancel(round.id(), "Ban hành lại kế hoạch theo chỉ đạo mới", COORDINATOR);
        assertThat(tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 10)).isEmpty();
        assertThat(tasks.inbox(HA_NOI, new InboxFilter(round.id(), null), 0, 10)).isEmpty();
        assertThat(rounds.find(round.id(), COORDINATOR).orElseThrow().state())
                .isEqualTo(vn.thuocdo.round.RoundState.CANCELLED);
        assertThatThrownBy(() -> rounds.cancel(round.id(), "Ban hành lại kế hoạch theo chỉ đạo mới", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.notCancellable"));
        assertThatThrownBy(() -> sampling.extend(round.id(), "T34-31", round.samplingDue().plusDays(3),
                "Gia hạn cho đợt đã hủy", COORDINATOR)).isInstanceOf(Rejected.class);
    }

    /** Overdue alerts of this round about Hà Nội. */
    private int alertsFor(String roundId) {
        return (int) notifications.forActor(COORDINATOR, 1000).stream()
                .filter(n -> n.link().equals("rounds/dashboard/" + roundId) && n.args().contains("T34-01")).count();
    }

    /** Moves the engine's clock and runs every job of this round's processes that is due then. */
    private void runRoundJobsAt(java.time.LocalDateTime vietnamTime) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                java.util.Date.from(vietnamTime.atZone(vn.thuocdo.shared.TimeZones.VIETNAM).toInstant()));
        var management = engine.getManagementService();
        for (int pass = 0; pass < 5; pass++) {
            List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKeyLike(round.id() + ":%").list().stream()
                    .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
            var due = instances.isEmpty() ? List.<org.camunda.bpm.engine.runtime.Job>of()
                    : management.createJobQuery().executable().processInstanceIds(new java.util.HashSet<>(instances)).list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private String onlyTask(vn.thuocdo.identity.Actor actor) {
        List<WorkItem> items = tasks.inbox(actor, new InboxFilter(round.id(), null), 0, 10);
        assertThat(items).hasSize(1);
        return items.get(0).taskId();
    }

    private WorkItem onlyTask(vn.thuocdo.identity.Actor actor, Round of) {
        List<WorkItem> items = tasks.inbox(actor, new InboxFilter(of.id(), null), 0, 10);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private SamplingRequest requestOf(String unitId) {
        return sampling.forRound(round.id()).stream().filter(r -> r.unitId().equals(unitId)).findFirst().orElseThrow();
    }

    static Map<String, String> answers() {
        return new HashMap<>(Map.of(
                "contactName", "Nguyễn Văn An", "contactPhone", "0912345678", "contactEmail", "an@snv.haiphong.gov.vn",
                "communes", "114", "villages", "2300", "households", "650000", "population", "2100000",
                "dossiersHandled", "480000"));
    }
}
