package vn.thuocdo.improvement;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.forms.improvement.ItemKind;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.ProcessTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.improvement.PublicationFixture.Row.area;
import static vn.thuocdo.improvement.PublicationFixture.Row.element;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * ImprovementPlanProcess on the engine and PostgreSQL: a publication (written as data, its event raised after the
 * commit) opens a plan per unit with PAR results, chosen by the shipped rule from known numbers; a correction opens
 * none twice; the officers' bad input is refused with nothing saved; the leader returns with a reason and signs off;
 * a change is a new version; only the unit's people and the organiser's coordinators see a plan.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class ImprovementPlanProcessTest {

    static final AtomicInteger YEARS = new AtomicInteger(2141);
    static final String HAI_PHONG = "T34-31";
    static final String HA_NOI = "T34-01";
    static final String SIPAS_ONLY = "T34-04";
    static final Actor OFFICER = new Actor("haiphong", "Nguyễn Thị Lan", HAI_PHONG, Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor LEADER = new Actor("lanhdao.haiphong", "Phạm Quốc Hùng", HAI_PHONG, Set.of(Role.UNIT_LEADER));
    static final Actor HA_NOI_OFFICER = new Actor("hanoi", "Lê Văn Nam", HA_NOI, Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor HA_NOI_LEADER = new Actor("lanhdao.hanoi", "Đỗ Thị Hoa", HA_NOI, Set.of(Role.UNIT_LEADER));
    static final Actor OTHER_COORDINATOR =
            new Actor("dieuphoi.hp", "Điều phối Hải Phòng", HAI_PHONG, Set.of(Role.MINISTRY_COORDINATOR));

    @Autowired ImprovementPlans plans;
    @Autowired Rounds rounds;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcClient db;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;

    PublicationFixture fixture;
    int year;
    String round;

    @BeforeEach
    void aRoundWithHaiPhongsFinalPoints() {
        fixture = new PublicationFixture(db, transaction, events);
        year = YEARS.getAndIncrement();
        round = fixture.round(year, HAI_PHONG, HA_NOI, SIPAS_ONLY);
        // Criterion 2.3 got nothing, 5.2 got 40%, 1.1 exactly half: 2.3 and 5.2 are below the rule's 50%.
        fixture.finalPoints(round, HAI_PHONG, Map.of("2.3", 0.0, "5.2", 0.4, "1.1", 0.5));
    }

    private PublicationFixture.Row[] numbers() {
        List<PublicationFixture.Row> rows = new ArrayList<>(List.of(
                area(HAI_PHONG, "1", "9.00", "9.50"), area(HAI_PHONG, "2", "5.40", "9.00"),
                area(HAI_PHONG, "3", "12.00", "13.00"), area(HAI_PHONG, "4", "4.80", "8.00"),
                area(HAI_PHONG, "5", "8.00", "9.00"), area(HAI_PHONG, "8", "30.00", "31.50"),
                element(HAI_PHONG, "access", 0.91), element(HAI_PHONG, "feedback", 0.72),
                element(HAI_PHONG, "procedures", 0.85),
                area(HA_NOI, "1", "5.00", "9.50"), area(HA_NOI, "3", "12.00", "13.00"),
                area(HA_NOI, "7", "13.00", "13.00"),
                element(SIPAS_ONLY, "access", 0.5)));
        rows.add(new PublicationFixture.Row("national", "par:total", null, "80.00", "100.00"));
        return rows.toArray(PublicationFixture.Row[]::new);
    }

    private ImprovementPlan haiPhongPlan() {
        return plans.newest(OFFICER, round, HAI_PHONG).orElseThrow();
    }

    private List<Task> tasksOf(String planId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(planId).initializeFormKeys().list();
    }

    private LocalDate inDays(int days) {
        return TimeZones.today(clock).plusDays(days);
    }

    private List<PlanEntry> everyItemPlanned(ImprovementPlan plan) {
        return plan.items().stream().map(i -> new PlanEntry(i.itemNo(), "Rà soát và bổ sung quy trình " + i.code(),
                "Sở Nội vụ, phòng CCHC", inDays(90))).toList();
    }

    @Test
    void aPublicationOpensAPlanWithTheWeakestItemsForEveryUnitWithParResults() {
        fixture.publish(round, year, 1, null, numbers());

        ImprovementPlan plan = haiPhongPlan();
        assertThat(plan.rule()).isEqualTo("improvement-selection@1");
        assertThat(plan.state()).isEqualTo(PlanState.DRAFT);
        // Areas 2 and 4 both at 60% are the two weakest; feedback (72%) the weakest element; criteria 2.3 (0%) and
        // 5.2 (40%) are below half, 1.1 at exactly half is not.
        assertThat(plan.items()).extracting(PlanItem::kind, PlanItem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ItemKind.AREA, "2"),
                org.assertj.core.groups.Tuple.tuple(ItemKind.AREA, "4"),
                org.assertj.core.groups.Tuple.tuple(ItemKind.ELEMENT, "feedback"),
                org.assertj.core.groups.Tuple.tuple(ItemKind.CRITERION, "2.3"),
                org.assertj.core.groups.Tuple.tuple(ItemKind.CRITERION, "5.2"));
        assertThat(plan.items().get(0).name()).startsWith("Xây dựng và tổ chức thực hiện văn bản");
        assertThat(plan.items().get(0).share()).isEqualByComparingTo("0.6");
        assertThat(plan.items().get(0).points()).isEqualByComparingTo("5.40");
        assertThat(plan.items().get(2).share()).isEqualByComparingTo("0.72");

        // Hà Nội (no self-assessment here) gets its two weakest areas; the SIPAS-only unit and "national" none.
        ImprovementPlan haNoi = plans.newest(HA_NOI_OFFICER, round, HA_NOI).orElseThrow();
        assertThat(haNoi.items()).extracting(PlanItem::code).containsExactly("1", "3");
        assertThat(db.sql("select count(*) from improvement_plan where round_id = ?").param(round)
                .query(Integer.class).single()).isEqualTo(2);

        List<Task> open = tasksOf(plan.id());
        assertThat(open).singleElement().satisfies(task -> {
            assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_DraftPlan");
            assertThat(task.getName()).isEqualTo("Lập kế hoạch khắc phục");
            assertThat(task.getFormKey()).isEqualTo("improvement/plan");
        });
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(plan.id())
                .taskCandidateGroup("provincial-officer:" + HAI_PHONG).count()).isEqualTo(1);
    }

    @Test
    void aCorrectionDoesNotOpenASecondPlanForAUnitThatHasOne() {
        var first = fixture.publish(round, year, 1, null, numbers());
        ImprovementPlan plan = haiPhongPlan();
        plans.save(OFFICER, plan.id(), plan.rowVersion(), List.of(new PlanEntry(1, "Đã bắt đầu", null, null)));

        fixture.publish(round, year, 2, first.publicationId(), numbers());

        assertThat(db.sql("select count(*) from improvement_plan where round_id = ?").param(round)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ImprovementPlanProcess")
                .variableValueEquals("roundId", round).count()).isEqualTo(2);
        assertThat(haiPhongPlan().items().get(0).measures()).isEqualTo("Đã bắt đầu");
    }

    @Test
    void badInputIsRefusedWithTheReasonAndNothingSaved() {
        fixture.publish(round, year, 1, null, numbers());
        ImprovementPlan plan = haiPhongPlan();
        List<PlanEntry> good = everyItemPlanned(plan);

        List<PlanEntry> emptyMeasures = new ArrayList<>(good);
        emptyMeasures.set(1, new PlanEntry(2, "   ", "Sở Nội vụ", inDays(30)));
        assertThatThrownBy(() -> plans.submit(OFFICER, plan.id(), plan.rowVersion(), emptyMeasures))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.key()).isEqualTo("improvement.measures.required");
                    assertThat(r.args()).containsExactly("4");
                });
        List<PlanEntry> past = new ArrayList<>(good);
        past.set(0, new PlanEntry(1, "Biện pháp", "Sở Nội vụ", inDays(0)));
        assertThatThrownBy(() -> plans.save(OFFICER, plan.id(), plan.rowVersion(), past))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("improvement.due.notFuture"));
        List<PlanEntry> tooFar = new ArrayList<>(good);
        tooFar.set(0, new PlanEntry(1, "Biện pháp", "Sở Nội vụ", TimeZones.today(clock).plusYears(2).plusDays(1)));
        assertThatThrownBy(() -> plans.save(OFFICER, plan.id(), plan.rowVersion(), tooFar))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("improvement.due.tooFar"));
        List<PlanEntry> tooLong = new ArrayList<>(good);
        tooLong.set(2, new PlanEntry(3, "x".repeat(1001), "Sở Nội vụ", inDays(30)));
        assertThatThrownBy(() -> plans.save(OFFICER, plan.id(), plan.rowVersion(), tooLong))
                .isInstanceOfSatisfying(Rejected.class, r -> {
                    assertThat(r.key()).isEqualTo("improvement.measures.tooLong");
                    assertThat(r.args()).containsExactly("feedback", 1000);
                });
        List<PlanEntry> longName = new ArrayList<>(good);
        longName.set(2, new PlanEntry(3, "Biện pháp", "y".repeat(201), inDays(30)));
        assertThatThrownBy(() -> plans.save(OFFICER, plan.id(), plan.rowVersion(), longName))
                .isInstanceOfSatisfying(Rejected.class,
                        r -> assertThat(r.key()).isEqualTo("improvement.responsible.tooLong"));
        assertThatThrownBy(() -> plans.save(OFFICER, plan.id(), plan.rowVersion(),
                List.of(new PlanEntry(99, "x", "y", inDays(3)))))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("improvement.unknownItem"));

        ImprovementPlan after = haiPhongPlan();
        assertThat(after.rowVersion()).isEqualTo(plan.rowVersion());
        assertThat(after.items()).allSatisfy(i -> assertThat(i.measures()).isNull());
        assertThat(after.state()).isEqualTo(PlanState.DRAFT);
        assertThat(tasksOf(plan.id())).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DraftPlan");

        // A save over someone else's newer save is refused too.
        plans.save(OFFICER, plan.id(), plan.rowVersion(), good);
        assertThatThrownBy(() -> plans.save(OFFICER, plan.id(), plan.rowVersion(), good))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("improvement.stale"));
    }

    @Test
    void theLeaderReturnsWithAReasonThenSignsOffAndTheSignedOffPlanIsFinal() {
        fixture.publish(round, year, 1, null, numbers());
        ImprovementPlan plan = haiPhongPlan();
        plans.submit(OFFICER, plan.id(), plan.rowVersion(), everyItemPlanned(plan));
        assertThat(tasksOf(plan.id())).singleElement().satisfies(t -> {
            assertThat(t.getTaskDefinitionKey()).isEqualTo("Task_SignOffPlan");
            assertThat(tasks.createTaskQuery().taskId(t.getId()).taskCandidateGroup("unit-leader:" + HAI_PHONG)
                    .count()).isEqualTo(1);
        });
        assertThatThrownBy(() -> plans.save(OFFICER, plan.id(), haiPhongPlan().rowVersion(), List.of()))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("improvement.wrongState"));

        assertThatThrownBy(() -> plans.sendBack(LEADER, plan.id(), "  "))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("improvement.reason.required"));
        plans.sendBack(LEADER, plan.id(), "Thời hạn mục 2.3 quá gấp");
        ImprovementPlan returned = haiPhongPlan();
        assertThat(returned.state()).isEqualTo(PlanState.DRAFT);
        assertThat(returned.returnedReason()).isEqualTo("Thời hạn mục 2.3 quá gấp");
        assertThat(tasksOf(plan.id())).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DraftPlan");

        plans.submit(OFFICER, plan.id(), returned.rowVersion(), List.of());
        plans.signOff(LEADER, plan.id());
        ImprovementPlan signed = haiPhongPlan();
        assertThat(signed.state()).isEqualTo(PlanState.SIGNED_OFF);
        assertThat(signed.signedOffByName()).isEqualTo("Phạm Quốc Hùng");
        assertThat(tasksOf(plan.id())).isEmpty();
        assertThat(signed.changes()).extracting(PlanChange::action)
                .containsExactly("created", "saved", "submitted", "returned", "saved", "submitted", "signed-off");
        assertThat(signed.changes()).filteredOn(c -> c.action().equals("returned")).singleElement()
                .satisfies(c -> assertThat(c.detail()).isEqualTo("Thời hạn mục 2.3 quá gấp"));
        assertThatThrownBy(() -> plans.signOff(LEADER, plan.id()))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("improvement.wrongState"));

        SignedOffPlan published = plans.signedOff(HAI_PHONG, year).orElseThrow();
        assertThat(published.items()).hasSize(5).allSatisfy(i -> assertThat(i.complete()).isTrue());
        assertThat(published.signedOffByName()).isEqualTo("Phạm Quốc Hùng");
        assertThat(plans.signedOff(HA_NOI, year)).isEmpty();

        // A change is a new version with its reason; the signed-off one stays in force until the new one is signed.
        assertThatThrownBy(() -> plans.revise(OFFICER, plan.id(), ""))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.key()).isEqualTo("improvement.reason.required"));
        ImprovementPlan second = plans.revise(OFFICER, plan.id(), "Sáp nhập phòng, đổi người phụ trách");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("Sáp nhập phòng, đổi người phụ trách");
        assertThat(second.items()).allSatisfy(i -> assertThat(i.complete()).isTrue());
        assertThat(plans.signedOff(HAI_PHONG, year).orElseThrow().version()).isEqualTo(1);
        assertThat(tasksOf(second.id())).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DraftPlan");
        plans.submit(OFFICER, second.id(), second.rowVersion(), List.of());
        plans.signOff(LEADER, second.id());
        assertThat(plans.signedOff(HAI_PHONG, year).orElseThrow().version()).isEqualTo(2);
        assertThat(plans.plan(OFFICER, plan.id()).state()).isEqualTo(PlanState.SUPERSEDED);
    }

    @Test
    void onlyTheUnitsPeopleAndTheOrganisersCoordinatorsSeeAPlanAndRefusalsAreAudited() {
        fixture.publish(round, year, 1, null, numbers());
        ImprovementPlan plan = haiPhongPlan();

        assertThatThrownBy(() -> plans.plan(HA_NOI_OFFICER, plan.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.save(HA_NOI_OFFICER, plan.id(), 0, List.of())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.save(LEADER, plan.id(), 0, List.of())).isInstanceOf(AccessDenied.class);
        plans.submit(OFFICER, plan.id(), plan.rowVersion(), everyItemPlanned(plan));
        assertThatThrownBy(() -> plans.signOff(OFFICER, plan.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.signOff(HA_NOI_LEADER, plan.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.overview(OTHER_COORDINATOR, round, "BO-BNV")).isInstanceOf(AccessDenied.class);
        assertThat(haiPhongPlan().state()).isEqualTo(PlanState.SUBMITTED);
        assertThat(db.sql("select count(*) from audit_event where outcome = 'DENIED' and actor = 'hanoi'"
                + " and detail like 'improvement.%'").query(Integer.class).single()).isGreaterThanOrEqualTo(2);

        assertThat(plans.plan(COORDINATOR, plan.id()).items()).hasSize(5);
        List<PlanRow> rows = plans.overview(COORDINATOR, round, COORDINATOR.unitId());
        assertThat(rows).extracting(PlanRow::unitId, PlanRow::state, PlanRow::items, PlanRow::planned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HA_NOI, PlanState.DRAFT, 2, 0),
                        org.assertj.core.groups.Tuple.tuple(HAI_PHONG, PlanState.SUBMITTED, 5, 5));
    }

    @Test
    void nextYearsRoundShowsLastYearsSignedOffPlanToTheUnitAndItsAppraiser() {
        String lastYear = fixture.round(2148, HAI_PHONG, HA_NOI);
        fixture.finalPoints(lastYear, HAI_PHONG, Map.of("2.3", 0.0));
        fixture.publish(lastYear, 2148, 1, null, area(HAI_PHONG, "2", "5.40", "9.00"), area(HA_NOI, "1", "5", "9.5"));
        ImprovementPlan plan = plans.newest(OFFICER, lastYear, HAI_PHONG).orElseThrow();
        plans.submit(OFFICER, plan.id(), plan.rowVersion(), everyItemPlanned(plan));
        plans.signOff(LEADER, plan.id());
        String next = fixture.round(2149, HAI_PHONG, HA_NOI);
        Actor appraiser = new Actor("thamdinh", "Lê Thẩm Định", "BO-BNV", Set.of(Role.APPRAISER));
        db.sql("insert into appraisal_assignment (round_id, unit_id, appraiser, appraiser_name, appraiser_unit,"
                + " assigned_by, assigned_at) values (?, ?, 'thamdinh', 'Lê Thẩm Định', 'BO-BNV', 'dieuphoi',"
                + " current_timestamp)").params(next, HAI_PHONG).update();

        assertThat(plans.previous(OFFICER, next, HAI_PHONG)).get().satisfies(p -> {
            assertThat(p.year()).isEqualTo(2148);
            assertThat(p.items()).extracting(PlanItem::code).containsExactly("2", "2.3");
        });
        assertThat(plans.previous(appraiser, next, HAI_PHONG)).isPresent();
        assertThat(plans.previous(COORDINATOR, next, HAI_PHONG)).isPresent();
        // Hà Nội's plan was never signed off: nothing to show beside its new results.
        assertThat(plans.previous(HA_NOI_OFFICER, next, HA_NOI)).isEmpty();
        assertThatThrownBy(() -> plans.previous(HA_NOI_OFFICER, next, HAI_PHONG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> plans.previous(appraiser, next, HA_NOI)).isInstanceOf(AccessDenied.class);
    }
}
