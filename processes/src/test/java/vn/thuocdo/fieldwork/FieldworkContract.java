package vn.thuocdo.fieldwork;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.TestActors;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core of in-person fieldwork: teams, assignments, interviews and their review. Run on PostgreSQL
 * ({@link FieldworkTest}) and on the embedded default's H2 ({@link FieldworkOnH2Test}). Rounds 2080 to 2082.
 */
abstract class FieldworkContract {

    @Autowired FieldworkScene fixture;
    @Autowired FieldworkTeams teams;
    @Autowired Assignments assignments;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired FieldworkProgress progress;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    static final Paradata TABLET = new Paradata(Instant.parse("2080-09-01T01:00:00Z"),
            Instant.parse("2080-09-01T01:25:00Z"), Map.of("profile", 120, "services", 900), "Samsung Tab A8");

    @Test
    void aSupervisorAssignsHouseholdsAndTheEnumeratorInterviewsThemOncePerSlot() {
        FieldworkScene.Team team = fixture.setUp(2080);
        assertThat(teams.branches(TestActors.COORDINATOR, team.roundId(), "T34-31")).extracting(Branch::name)
                .containsExactly("Bưu điện thành phố Hải Phòng");
        assertThat(teams.members(team.supervisor(), team.haiPhong().id())).hasSize(3);
        assertThat(teams.communes(TestActors.COORDINATOR, team.haiPhong().id())).extracting(
                CommuneAssignment::communeCode).containsExactly(team.commune());
        assertThat(refusal(() -> teams.addMember(TestActors.COORDINATOR, team.other().id(),
                team.enumerator().username(), "Người thứ hai", TeamRole.ENUMERATOR))).isEqualTo("fieldwork.memberElsewhere");
        assertThat(refusal(() -> teams.assignCommune(TestActors.COORDINATOR, team.haiPhong().id(), "99999")))
                .isEqualTo("fieldwork.communeNotSampled");

        List<Long> slots = fixture.households(team, team.commune());
        assertThat(slots).hasSizeGreaterThan(3);
        int given = assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        assertThat(given).isEqualTo(slots.size());
        assertThat(refusal(() -> assignments.assign(team.supervisor(), fixture.households(team,
                team.otherCommune()).get(0), team.enumerator().username(), null))).isEqualTo("fieldwork.communeNotYours");
        assertThat(refusal(() -> assignments.assign(team.supervisor(), slots.get(0), team.otherEnumerator().username(),
                null))).isEqualTo("fieldwork.notInBranch");

        List<Village> list = assignments.forEnumerator(team.enumerator(), team.roundId());
        assertThat(list).hasSize(1);
        Village village = list.get(0);
        assertThat(village.toVisit()).extracting(Household::slot).containsExactlyElementsOf(slots);
        assertThat(village.toVisit()).allMatch(h -> h.mine() && h.state() == null);
        assertThat(village.replacements()).extracting(Household::replacementRank).containsExactly(1, 2, 3);
        assertThat(village.replacementRule().vi()).contains("1 đến 3");
        assertThat(assignments.forEnumerator(team.secondEnumerator(), team.roundId())).isEmpty();

        // A draft sent twice after a lost reply is stored once; a later draft replaces it.
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Map<String, Object> answers = CompleteAnswers.of(sipas, 7);
        String id = UUID.randomUUID().toString();
        long slot = slots.get(0);
        Interview draft = interviews.saveDraft(team.enumerator(), id, slot, Map.of("sex", answers.get("sex")), TABLET);
        Interview again = interviews.saveDraft(team.enumerator(), id, slot, Map.of("sex", answers.get("sex")), TABLET);
        assertThat(again.version()).isEqualTo(draft.version());
        Interview later = interviews.saveDraft(team.enumerator(), id, slot,
                Map.of("sex", answers.get("sex"), "ageBand", answers.get("ageBand")), TABLET);
        assertThat(later.version()).isEqualTo(draft.version() + 1);
        assertThat(later.answers()).containsKeys("sex", "ageBand");
        assertThat(count("select count(*) from fieldwork_interview where sample_unit_id = ?", slot)).isOne();

        // Answers that break the definition are refused with every field's reason, nothing stored.
        Map<String, Object> broken = new HashMap<>(answers);
        broken.remove("sex");
        assertThatThrownBy(() -> interviews.complete(team.enumerator(), id, slot, broken, TABLET, EntryMode.INTERVIEW))
                .isInstanceOfSatisfying(InvalidResponse.class, e -> assertThat(e.errors())
                        .extracting(f -> f.fieldKey() + ":" + f.code()).containsExactly("sex:question.required"));
        assertThat(interviews.find(team.enumerator(), id).state()).isEqualTo(InterviewState.DRAFT);

        Interview completed = interviews.complete(team.enumerator(), id, slot, answers, TABLET, EntryMode.INTERVIEW);
        assertThat(completed.state()).isEqualTo(InterviewState.COMPLETED);
        assertThat(completed.outcome()).isEqualTo(Outcome.INTERVIEWED);
        assertThat(completed.paradata().sectionSeconds()).containsEntry("services", 900);
        assertThat(completed.paradata().device()).isEqualTo("Samsung Tab A8");
        Interview resent = interviews.complete(team.enumerator(), id, slot, answers, TABLET, EntryMode.INTERVIEW);
        assertThat(resent.version()).isEqualTo(completed.version());
        assertThat(refusal(() -> interviews.complete(team.enumerator(), UUID.randomUUID().toString(), slot, answers,
                TABLET, EntryMode.PAPER))).isEqualTo("fieldwork.slotHasInterview");
        assertThat(refusal(() -> interviews.complete(team.secondEnumerator(), UUID.randomUUID().toString(),
                slots.get(1), answers, TABLET, EntryMode.INTERVIEW))).isEqualTo("fieldwork.slotNotAssigned");
        assertThat(refusal(() -> interviews.complete(team.enumerator(), id, slots.get(1), answers, TABLET,
                EntryMode.INTERVIEW))).isEqualTo("fieldwork.interviewIdTaken");
        assertThat(refusal(() -> interviews.complete(team.enumerator(), "not-a-uuid", slots.get(1), answers, TABLET,
                EntryMode.INTERVIEW))).isEqualTo("fieldwork.idNotUuid");

        // Outcomes of visits with no interview: absent only after three visits; a replacement in rank order.
        long absent = slots.get(1);
        assertThat(refusal(() -> interviews.recordOutcome(team.enumerator(), absent, Outcome.ABSENT, 2, null, null)))
                .isEqualTo("fieldwork.absentNeedsVisits");
        Interview away = interviews.recordOutcome(team.enumerator(), absent, Outcome.ABSENT, 3, null, "Cả nhà đi làm ăn xa");
        assertThat(away.state()).isEqualTo(InterviewState.COMPLETED);
        assertThat(away.answers()).isNull();
        assertThat(interviews.recordOutcome(team.enumerator(), absent, Outcome.ABSENT, 3, null, null).version())
                .isEqualTo(away.version());

        long replaced = slots.get(2);
        List<Long> spares = fixture.replacements(replaced);
        assertThat(refusal(() -> assignments.assign(team.supervisor(), spares.get(0), team.enumerator().username(),
                null))).isEqualTo("fieldwork.replacementNotInUse");
        assertThat(refusal(() -> interviews.recordOutcome(team.enumerator(), replaced, Outcome.REPLACED, 1,
                spares.get(1), "Hộ từ chối"))).isEqualTo("fieldwork.replacementOutOfOrder");
        Interview swap = interviews.recordOutcome(team.enumerator(), replaced, Outcome.REPLACED, 1, spares.get(0),
                "Hộ từ chối, thay bằng hộ dự phòng 1");
        assertThat(swap.replacedBy()).isEqualTo(spares.get(0));
        assertThat(interviews.recordOutcome(team.enumerator(), replaced, Outcome.REPLACED, 1, spares.get(0),
                "Hộ từ chối, thay bằng hộ dự phòng 1").version()).isEqualTo(swap.version());
        Village after = assignments.forEnumerator(team.enumerator(), team.roundId()).get(0);
        assertThat(after.replacements().get(0).mine()).isTrue();
        assertThat(after.toVisit()).filteredOn(h -> h.slot() == absent).extracting(Household::outcome)
                .containsExactly(Outcome.ABSENT);
        Interview standIn = interviews.complete(team.enumerator(), UUID.randomUUID().toString(), spares.get(0),
                CompleteAnswers.of(sipas, 8), TABLET, EntryMode.PAPER);
        assertThat(standIn.entryMode()).isEqualTo(EntryMode.PAPER);
        assertThat(refusal(() -> interviews.recordOutcome(team.enumerator(), slots.get(3), Outcome.REPLACED, 1,
                spares.get(0), null))).isEqualTo("fieldwork.replacementUsed");

        // Reassignment: an interview begun goes with the slot; who had it is in the events.
        String begun = UUID.randomUUID().toString();
        interviews.saveDraft(team.enumerator(), begun, slots.get(3), Map.of(), TABLET);
        assignments.assign(team.supervisor(), slots.get(3), team.secondEnumerator().username(), "Chia lại địa bàn");
        assertThat(refusal(() -> interviews.saveDraft(team.enumerator(), begun, slots.get(3),
                Map.of("sex", answers.get("sex")), TABLET))).isEqualTo("fieldwork.slotNotAssigned");
        assertThat(interviews.complete(team.secondEnumerator(), begun, slots.get(3), answers, TABLET,
                EntryMode.INTERVIEW).enumerator()).isEqualTo(team.secondEnumerator().username());
        assertThat(jdbc.queryForObject("""
                select from_state || '>' || to_state from fieldwork_event where sample_unit_id = ? and kind = 'REASSIGNED'""",
                String.class, slots.get(3))).isEqualTo(team.enumerator().username() + ">" + team.secondEnumerator().username());
        assertThat(count("select count(*) from fieldwork_event where interview_id = ?", id)).isEqualTo(2);
    }

    /** The clock is shared by every test of the context: rows dated ahead of it would pass for the newest. */
    @org.junit.jupiter.api.AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void interviewsGoFromCompletedThroughApprovalToAcceptanceAndRejectedOnesAreFixed() {
        FieldworkScene.Team team = fixture.setUp(2081);
        List<Long> slots = fixture.households(team, team.commune());
        assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        assignments.assign(team.supervisor(), slots.get(2), team.supervisor().username(), "Giám sát viên tự phỏng vấn");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Map<String, Object> answers = CompleteAnswers.of(sipas, 11);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String own = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), first, slots.get(0), answers, TABLET, EntryMode.INTERVIEW);
        clock.advance(Duration.ofMinutes(1));
        interviews.complete(team.enumerator(), second, slots.get(1), CompleteAnswers.of(sipas, 12), TABLET,
                EntryMode.INTERVIEW);
        interviews.complete(team.supervisor(), own, slots.get(2), CompleteAnswers.of(sipas, 13), TABLET,
                EntryMode.INTERVIEW);

        assertThat(reviews.queue(team.supervisor(), team.roundId(), 0, 50)).extracting(QueueItem::interviewId)
                .containsExactly(first, second);
        assertThat(reviews.queue(team.supervisor(), team.roundId(), 1, 1)).extracting(QueueItem::interviewId)
                .containsExactly(second);
        assertThat(refusal(() -> reviews.approve(team.supervisor(), own))).isEqualTo("fieldwork.selfReview");
        assertThat(refusal(() -> reviews.approve(team.otherSupervisor(), first))).isEqualTo("access.denied");

        Interview rejected = reviews.reject(team.supervisor(), first, List.of(
                new ReviewComment.New("sex", "Giới tính ghi chưa khớp với phiếu giấy"),
                new ReviewComment.New(null, "Kiểm tra lại thời gian phỏng vấn")), "Cần xác minh lại");
        assertThat(rejected.state()).isEqualTo(InterviewState.REJECTED);
        assertThat(refusal(() -> reviews.reject(team.supervisor(), second, List.of(
                new ReviewComment.New("noSuchQuestion", "?")), "Sai câu hỏi"))).isEqualTo("fieldwork.commentQuestionUnknown");
        assertThat(refusal(() -> reviews.reject(team.supervisor(), second, List.of(), " "))).isEqualTo("fieldwork.reasonRequired");
        List<ReviewComment> comments = reviews.comments(team.enumerator(), first);
        assertThat(comments).extracting(ReviewComment::questionId).containsExactly("sex", null);
        assertThat(comments).noneMatch(ReviewComment::resolved);

        Map<String, Object> fixed = new HashMap<>(answers);
        fixed.put("sex", "male".equals(answers.get("sex")) ? "female" : "male");
        Interview resubmitted = interviews.complete(team.enumerator(), first, slots.get(0), fixed, TABLET,
                EntryMode.INTERVIEW);
        assertThat(resubmitted.state()).isEqualTo(InterviewState.COMPLETED);
        assertThat(resubmitted.editsAfterCompletion()).isOne();
        assertThat(reviews.comments(team.supervisor(), first)).allMatch(ReviewComment::resolved);

        assertThat(reviews.approve(team.supervisor(), first).state()).isEqualTo(InterviewState.APPROVED);
        assertThat(refusal(() -> interviews.complete(team.enumerator(), first, slots.get(0), answers, TABLET,
                EntryMode.INTERVIEW))).isEqualTo("fieldwork.interviewApproved");
        assertThat(refusal(() -> assignments.assign(team.supervisor(), slots.get(0), team.secondEnumerator().username(),
                null))).isEqualTo("fieldwork.slotReviewed");
        assertThat(refusal(() -> reviews.accept(team.supervisor(), first))).isEqualTo("access.denied");
        assertThat(reviews.accept(FieldworkScene.STATISTICIAN, first).state()).isEqualTo(InterviewState.ACCEPTED);
        assertThat(refusal(() -> interviews.complete(team.enumerator(), first, slots.get(0), answers, TABLET,
                EntryMode.INTERVIEW))).isEqualTo("fieldwork.interviewAccepted");
        assertThat(interviews.complete(team.enumerator(), first, slots.get(0), fixed, TABLET, EntryMode.INTERVIEW)
                .state()).isEqualTo(InterviewState.ACCEPTED);

        // The ministry sends an approved interview back to its enumerator, past the supervisor.
        reviews.approve(team.supervisor(), second);
        assertThat(reviews.reject(FieldworkScene.STATISTICIAN, second, List.of(
                new ReviewComment.New("sex", "Đối chiếu lại")), "Phúc tra không khớp").state())
                .isEqualTo(InterviewState.REJECTED);
        assertThat(jdbc.queryForList("select kind from fieldwork_event where interview_id = ? order by id",
                String.class, first)).containsExactly("COMPLETED", "REJECTED", "RESUBMITTED", "APPROVED", "ACCEPTED");

        Progress haiPhong = progress.byProvince(TestActors.COORDINATOR, team.roundId()).stream()
                .filter(p -> p.unitId().equals("T34-31")).findFirst().orElseThrow();
        assertThat(haiPhong.byState()).containsEntry(InterviewState.ACCEPTED, 1L)
                .containsEntry(InterviewState.REJECTED, 1L).containsEntry(InterviewState.COMPLETED, 1L);
        assertThat(haiPhong.byOutcome()).containsEntry(Outcome.INTERVIEWED, 3L);
        assertThat(haiPhong.target()).isEqualTo(count("""
                select count(*) from survey_sample_unit where sample_id = ? and unit_id = 'T34-31'
                and stage = 'HOUSEHOLD' and draw_order is not null""", team.sampleId()));
        assertThat(progress.byProvince(TestActors.HAI_PHONG, team.roundId())).extracting(Progress::unitId)
                .containsExactly("T34-31");
        assertThat(progress.byBranch(TestActors.HAI_PHONG, team.roundId(), "T34-31")).singleElement()
                .satisfies(p -> assertThat(p.target()).isEqualTo(count("""
                        select count(*) from survey_sample_unit where sample_id = ? and commune_code = ?
                        and stage = 'HOUSEHOLD' and draw_order is not null""", team.sampleId(), team.commune())));
        assertThatThrownBy(() -> progress.byBranch(TestActors.HA_NOI, team.roundId(), "T34-31"))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void eachRoleReachesOnlyItsOwnFieldworkAndOfficialsOnlyCounts() {
        FieldworkScene.Team team = fixture.setUp(2082);
        List<Long> slots = fixture.households(team, team.commune());
        Map<String, Object> answers = CompleteAnswers.of(questionnaires.find("sipas-citizen@1").orElseThrow(), 21);
        String done = UUID.randomUUID().toString();
        String communeUnit = team.commune();
        Map<String, Actor> people = new LinkedHashMap<>();
        people.put("coordinator", TestActors.COORDINATOR);
        people.put("statistician", FieldworkScene.STATISTICIAN);
        people.put("supervisor", team.supervisor());
        people.put("otherSupervisor", team.otherSupervisor());
        people.put("enumerator", team.enumerator());
        people.put("otherEnumerator", team.otherEnumerator());
        people.put("provincialOfficer", TestActors.HAI_PHONG);
        people.put("unitLeader", new Actor("lanhdao2082", "Lãnh đạo UBND thành phố", "T34-31", Set.of(Role.UNIT_LEADER)));
        people.put("communeOfficial", new Actor("canboxa2082", "Cán bộ UBND xã", communeUnit,
                Set.of(Role.PROVINCIAL_OFFICER, Role.UNIT_LEADER)));
        Set<String> officials = Set.of("provincialOfficer", "unitLeader", "communeOfficial");
        Set<String> fieldworkers = Set.of("supervisor", "otherSupervisor", "enumerator", "otherEnumerator");
        Set<String> readers = Set.of("coordinator", "statistician", "provincialOfficer", "unitLeader");

        List<Operation> matrix = List.of(
                new Operation("teams.createBranch", a -> teams.createBranch(a, team.roundId(), "T34-31", Partner.CCB,
                        "Hội Cựu chiến binh " + a.username()), Set.of("coordinator")),
                new Operation("teams.addMember", a -> teams.addMember(a, team.haiPhong().id(), "moi" + a.username(),
                        "Người mới", TeamRole.ENUMERATOR), Set.of("coordinator")),
                new Operation("teams.assignCommune", a -> teams.assignCommune(a, team.haiPhong().id(), team.commune()),
                        Set.of("coordinator")),
                new Operation("teams.branches", a -> teams.branches(a, team.roundId(), "T34-31"), Set.of("coordinator")),
                new Operation("teams.members", a -> teams.members(a, team.haiPhong().id()),
                        Set.of("coordinator", "supervisor")),
                new Operation("teams.communes", a -> teams.communes(a, team.haiPhong().id()),
                        Set.of("coordinator", "supervisor")),
                new Operation("assignments.assignVillage", a -> assignments.assignVillage(a, slots.get(0),
                        team.enumerator().username()), Set.of("supervisor")),
                new Operation("assignments.assign", a -> {
                    assignments.assign(a, slots.get(2), team.secondEnumerator().username(), "Chia lại");
                    return null;
                }, Set.of("supervisor")),
                new Operation("assignments.forEnumerator", a -> assignments.forEnumerator(a, team.roundId()),
                        fieldworkers),
                new Operation("interviews.saveDraft", a -> interviews.saveDraft(a, done, slots.get(0), Map.of(), TABLET),
                        Set.of("enumerator")),
                new Operation("interviews.complete", a -> interviews.complete(a, done, slots.get(0), answers, TABLET,
                        EntryMode.INTERVIEW), Set.of("enumerator")),
                new Operation("interviews.recordOutcome", a -> interviews.recordOutcome(a, slots.get(1),
                        Outcome.REFUSED, 1, null, "Chủ hộ không muốn trả lời"), Set.of("enumerator")),
                new Operation("interviews.find", a -> interviews.find(a, done), Set.of("enumerator")),
                new Operation("reviews.queue", a -> reviews.queue(a, team.roundId(), 0, 20),
                        Set.of("supervisor", "otherSupervisor")),
                new Operation("reviews.interview", a -> reviews.interview(a, done), Set.of("supervisor", "statistician")),
                new Operation("reviews.reject", a -> reviews.reject(a, refusedVisit(slots.get(1)), List.of(
                        new ReviewComment.New(null, "Hộ này cần đến thêm một lần")), "Chưa đủ số lần đến"),
                        Set.of("supervisor")),
                new Operation("reviews.comments", a -> reviews.comments(a, refusedVisit(slots.get(1))),
                        Set.of("enumerator", "supervisor", "statistician")),
                new Operation("reviews.approve", a -> reviews.approve(a, done), Set.of("supervisor")),
                new Operation("reviews.accept", a -> reviews.accept(a, done), Set.of("statistician")),
                new Operation("progress.byProvince", a -> progress.byProvince(a, team.roundId()), readers),
                new Operation("progress.byBranch", a -> progress.byBranch(a, team.roundId(), "T34-31"), readers));

        for (Operation operation : matrix) {
            people.forEach((role, actor) -> {
                if (operation.allowed().contains(role)) {
                    return;
                }
                List<Long> before = fingerprint();
                assertThatThrownBy(() -> operation.call().apply(actor)).as(role + " " + operation.name())
                        .isInstanceOf(officials.contains(role) ? AccessDenied.class : Rejected.class);
                assertThat(fingerprint()).as("nothing changed: " + role + " " + operation.name()).isEqualTo(before);
            });
            operation.allowed().forEach(role -> assertThat(refusal(() -> operation.call().apply(people.get(role))))
                    .as(role + " " + operation.name()).isEqualTo("accepted"));
        }
        assertThat(assignments.forEnumerator(team.otherEnumerator(), team.roundId())).isEmpty();
        assertThat(reviews.queue(team.otherSupervisor(), team.roundId(), 0, 20)).isEmpty();
        assertThat(progress.byProvince(TestActors.HAI_PHONG, team.roundId())).singleElement()
                .satisfies(p -> assertThat(p.byState()).containsEntry(InterviewState.ACCEPTED, 1L));
    }

    @Test
    void theScreensReadTheirRoundsTheirBranchsSlotsTheApprovedListAndAnInterviewsHistory() {
        FieldworkScene.Team team = fixture.setUp(2083);
        Actor statistician = FieldworkScene.STATISTICIAN;
        assertThat(teams.rounds(TestActors.COORDINATOR)).extracting(FieldworkRound::id).contains(team.roundId());
        assertThat(teams.rounds(statistician)).extracting(FieldworkRound::id).contains(team.roundId());
        assertThat(teams.rounds(team.supervisor())).extracting(FieldworkRound::id).containsExactly(team.roundId());
        assertThat(teams.rounds(team.enumerator())).isEmpty();
        assertThat(teams.rounds(TestActors.HAI_PHONG)).isEmpty();
        assertThat(teams.provinces(TestActors.COORDINATOR, team.roundId())).containsExactly("T34-04", "T34-31");
        assertThat(refusal(() -> teams.provinces(TestActors.HAI_PHONG, team.roundId()))).isEqualTo("access.denied");
        List<SampledCommune> communes = teams.sampledCommunes(TestActors.COORDINATOR, team.roundId(), "T34-31");
        assertThat(communes).hasSizeGreaterThan(1);
        assertThat(communes.get(0)).satisfies(c -> {
            assertThat(c.code()).isEqualTo(team.commune());
            assertThat(c.branchId()).isEqualTo(team.haiPhong().id());
            assertThat(c.households()).isPositive();
        });
        assertThat(communes.subList(1, communes.size())).allMatch(c -> c.branchId() == null);
        assertThat(refusal(() -> teams.sampledCommunes(team.supervisor(), team.roundId(), "T34-31")))
                .isEqualTo("access.denied");
        assertThat(teams.supervised(team.supervisor(), team.roundId()).id()).isEqualTo(team.haiPhong().id());
        assertThat(refusal(() -> teams.supervised(team.enumerator(), team.roundId()))).isEqualTo("access.denied");

        List<Long> slots = fixture.households(team, team.commune());
        List<BranchSlot> before = assignments.branchSlots(team.supervisor(), team.roundId());
        assertThat(before).hasSize(communes.get(0).households()).allMatch(s -> s.enumerator() == null);
        assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        assertThat(assignments.branchSlots(team.supervisor(), team.roundId())).filteredOn(s -> slots.contains(s.slot()))
                .extracting(BranchSlot::enumeratorName).containsOnly(team.enumerator().displayName());
        assertThat(assignments.branchSlots(team.otherSupervisor(), team.roundId()))
                .noneMatch(s -> slots.contains(s.slot()));
        assertThat(refusal(() -> assignments.branchSlots(team.enumerator(), team.roundId())))
                .isEqualTo("access.denied");

        Map<String, Object> answers = CompleteAnswers.of(questionnaires.find("sipas-citizen@1").orElseThrow(), 31);
        String id = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), id, slots.get(0), answers, TABLET, EntryMode.INTERVIEW);
        assertThat(reviews.queue(team.supervisor(), team.roundId(), 0, 10)).singleElement()
                .satisfies(q -> assertThat(q.order()).isEqualTo(1));
        assertThat(reviews.approved(statistician, team.roundId(), 0, 10)).isEmpty();
        reviews.approve(team.supervisor(), id);
        assertThat(reviews.approved(statistician, team.roundId(), 0, 10)).extracting(QueueItem::interviewId)
                .containsExactly(id);
        assertThat(refusal(() -> reviews.approved(team.supervisor(), team.roundId(), 0, 10))).isEqualTo("access.denied");
        assertThat(refusal(() -> reviews.approved(new Actor("thongke.hp", "Thống kê tỉnh", "T34-31",
                Set.of(Role.SURVEY_STATISTICIAN)), team.roundId(), 0, 10))).isEqualTo("access.denied");
        assertThat(reviews.history(statistician, id)).extracting(InterviewEvent::kind)
                .containsExactly("ASSIGNED", "COMPLETED", "APPROVED");
        assertThat(reviews.history(team.supervisor(), id).get(1).actorName())
                .isEqualTo(team.enumerator().displayName());
        assertThat(refusal(() -> reviews.history(team.otherSupervisor(), id))).isEqualTo("access.denied");
        assertThat(reviews.place(statistician, id)).satisfies(p -> {
            assertThat(p.order()).isEqualTo(1);
            assertThat(p.enumeratorName()).isEqualTo(team.enumerator().displayName());
            assertThat(p.villageName()).isNotBlank();
        });
    }

    /** A rule of the access matrix: the operation, and who may do it (everyone else is refused). */
    record Operation(String name, Function<Actor, Object> call, Set<String> allowed) {
    }

    private String refusedVisit(long slot) {
        return jdbc.queryForObject("select id from fieldwork_interview where sample_unit_id = ?", String.class, slot);
    }

    /** What fieldwork holds, in numbers: any change a refused call made would show here. */
    private List<Long> fingerprint() {
        return List.of(count("select count(*) from fieldwork_branch"), count("select count(*) from fieldwork_member"),
                count("select coalesce(sum(branch_id), 0) from fieldwork_commune"),
                count("select count(*) from fieldwork_assignment"),
                count("select coalesce(sum(length(enumerator)), 0) from fieldwork_assignment"),
                count("select count(*) from fieldwork_interview"),
                count("select coalesce(sum(version), 0) from fieldwork_interview"),
                count("select count(*) from fieldwork_review_comment"), count("select count(*) from fieldwork_event"));
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    static String refusal(Runnable call) {
        try {
            call.run();
            return "accepted";
        } catch (Rejected refused) {
            return refused.key();
        }
    }
}
