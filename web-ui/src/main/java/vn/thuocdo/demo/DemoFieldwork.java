package vn.thuocdo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.Branch;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Household;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.Partner;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.fieldwork.Village;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.SurveyChoice;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.web.IdentityProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * On the embedded default, a third demo round with its fieldwork under way, so every fieldwork screen has data on
 * first start: next year's round over Hải Phòng and Hà Nội (the survey demo keeps last year's sample for the
 * coordinator to draw), its frames approved, its sample drawn with a fixed seed and approved, a Vietnam Post branch
 * in Hải Phòng with the built-in accounts giamsat and dieutravien, and interviews in every state with the usual
 * outcomes. Everything goes through the capabilities' calls, as the screens would; each step is taken only when
 * the round has not reached it, so a second start adds nothing and an interrupted one is finished.
 */
@Component
@ConditionalOnProperty(name = "thuocdo.demo.enabled", havingValue = "true")
class DemoFieldwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFieldwork.class);

    /** The demo round's name ends so: "… (minh hoạ điều tra thực địa)". */
    static final String SUFFIX = " (minh hoạ điều tra thực địa)";
    static final List<String> PROVINCES = List.of("T34-31", "T34-01");
    static final SurveyChoice CHOICE = new SurveyChoice("sipas-citizen@1", "par-officials@1", "sipas-province@1");
    static final long SEED = 20_261_101L;
    static final String SUPERVISOR = "giamsat";
    static final String ENUMERATOR = "dieutravien";
    static final String STATISTICIAN = "thongke";

    private final DemoSurveyRound surveyRound;
    private final Rounds rounds;
    private final Samples samples;
    private final FieldworkTeams teams;
    private final Assignments assignments;
    private final Interviews interviews;
    private final Reviews reviews;
    private final Questionnaires questionnaires;
    private final IdentityProperties identity;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFieldwork(DemoSurveyRound surveyRound, Rounds rounds, Samples samples, FieldworkTeams teams,
                  Assignments assignments, Interviews interviews, Reviews reviews, Questionnaires questionnaires,
                  IdentityProperties identity, JdbcClient db, TransactionTemplate transaction, Clock clock) {
        this.surveyRound = surveyRound;
        this.rounds = rounds;
        this.samples = samples;
        this.teams = teams;
        this.assignments = assignments;
        this.interviews = interviews;
        this.reviews = reviews;
        this.questionnaires = questionnaires;
        this.identity = identity;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = TimeZones.today(clock);
        int year = today.getYear() + 1;
        Round round = rounds.visibleTo(DemoRound.SYSTEM).stream().filter(r -> r.year() == year).findFirst()
                .orElse(null);
        if (round != null && !round.name().endsWith(SUFFIX)) {
            return;
        }
        long started = System.nanoTime();
        if (round == null) {
            round = transaction.execute(status -> surveyRound.launchWithApprovedFrames(year,
                    "Đánh giá Chỉ số CCHC và SIPAS năm " + year + SUFFIX, PROVINCES, today, new long[1]));
        }
        String roundId = round.id();
        samples.openTask(roundId, SurveyForms.DESIGN).ifPresent(task -> samples.choose(task, CHOICE, SEED,
                DemoRound.SYSTEM));
        samples.openTask(roundId, SurveyForms.REVIEW).ifPresent(task -> samples.approve(task, DemoRound.SYSTEM));
        String sampleId = samples.approvedSampleId(roundId).orElse(null);
        if (sampleId == null) {
            log.warn("The fieldwork demo round {} has no approved sample yet; its fieldwork is seeded on a later start",
                    year);
            return;
        }
        if (!teams.branches(DemoRound.SYSTEM, roundId, PROVINCES.get(0)).isEmpty()) {
            return;
        }
        int seeded = transaction.execute(status -> seed(roundId, sampleId));
        log.info("Prepared the fieldwork demo round {}: {} visits recorded, in {} ms", year, seeded,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The branches, their people and work, and the visits; returns how many visits were recorded. */
    private int seed(String roundId, String sampleId) {
        Actor supervisor = account(SUPERVISOR, Role.FIELDWORK_SUPERVISOR);
        Actor enumerator = account(ENUMERATOR, Role.ENUMERATOR);
        Actor statistician = account(STATISTICIAN, Role.SURVEY_STATISTICIAN);
        Branch post = teams.createBranch(DemoRound.SYSTEM, roundId, "T34-31", Partner.VNPOST,
                "Bưu điện thành phố Hải Phòng");
        // Hà Nội's partner has no one yet: the coordinator adds people and communes on the screens.
        teams.createBranch(DemoRound.SYSTEM, roundId, "T34-01", Partner.MTTQ, "Ủy ban MTTQ Việt Nam thành phố Hà Nội");
        teams.addMember(DemoRound.SYSTEM, post.id(), supervisor.username(), supervisor.displayName(),
                TeamRole.SUPERVISOR);
        teams.addMember(DemoRound.SYSTEM, post.id(), enumerator.username(), enumerator.displayName(),
                TeamRole.ENUMERATOR);
        List<String> communes = db.sql("""
                        select commune_code from survey_sample_unit where sample_id = ? and unit_id = 'T34-31'
                        and stage = 'COMMUNE' and draw_order is not null order by draw_order""")
                .params(sampleId).query(String.class).list();
        // The first two communes go to Vietnam Post; the second stays unassigned to villages for the supervisor.
        communes.stream().limit(2).forEach(code -> teams.assignCommune(DemoRound.SYSTEM, post.id(), code));
        List<Long> villages = db.sql("""
                        select min(id) from survey_sample_unit where sample_id = ? and commune_code = ?
                        and stage = 'HOUSEHOLD' and draw_order is not null group by village_name
                        order by village_name""").params(sampleId, communes.get(0)).query(Long.class).list();
        villages.stream().limit(2).forEach(slot -> assignments.assignVillage(supervisor, slot, enumerator.username()));
        return visits(roundId, enumerator, supervisor, statistician);
    }

    /**
     * The enumerator's first village, visited over the last week: accepted, approved, waiting and rejected
     * interviews, a draft, a refusal, an absence after three visits and a replaced household.
     */
    private int visits(String roundId, Actor enumerator, Actor supervisor, Actor statistician) {
        Questionnaire sipas = questionnaires.find(CHOICE.citizenQuestionnaire()).orElseThrow();
        Village village = assignments.forEnumerator(enumerator, roundId).get(0);
        List<Long> slots = village.toVisit().stream().map(Household::slot).toList();
        Instant now = clock.instant();
        List<String> done = new ArrayList<>();
        int[] daysAgo = {6, 6, 5, 4, 4, 3, 2, 1};
        for (int k = 0; k < daysAgo.length; k++) {
            done.add(interview(enumerator, slots.get(k), sipas, now.minus(Duration.ofDays(daysAgo[k]))
                    .minus(Duration.ofMinutes(37L * k))));
        }
        for (int k = 0; k < 4; k++) {
            reviews.approve(supervisor, done.get(k));
        }
        reviews.accept(statistician, done.get(0));
        reviews.accept(statistician, done.get(1));
        reviews.reject(supervisor, done.get(4), List.of(new ReviewComment.New("ageBand",
                        "Nhóm tuổi chưa khớp với năm sinh chủ hộ cho biết, đề nghị hỏi lại người trả lời."),
                new ReviewComment.New(null, "Ghi rõ thời điểm phỏng vấn lại.")),
                "Thông tin về người trả lời cần xác minh lại");
        Map<String, Object> partial = new LinkedHashMap<>();
        CompleteAnswers.of(sipas, slots.get(8)).entrySet().stream().limit(3)
                .forEach(e -> partial.put(e.getKey(), e.getValue()));
        interviews.saveDraft(enumerator, UUID.randomUUID().toString(), slots.get(8), partial,
                paradata(now.minus(Duration.ofHours(2)), null));
        interviews.recordOutcome(enumerator, slots.get(9), Outcome.REFUSED, 1, null,
                "Chủ hộ từ chối vì bận việc gia đình");
        interviews.recordOutcome(enumerator, slots.get(10), Outcome.ABSENT, 3, null,
                "Đến ba lần vào các buổi khác nhau, không gặp ai");
        long replacement = village.replacements().get(0).slot();
        interviews.recordOutcome(enumerator, slots.get(11), Outcome.REPLACED, 2, replacement,
                "Chủ hộ không đồng ý trả lời; thay bằng hộ dự phòng thứ nhất");
        interview(enumerator, replacement, sipas, now.minus(Duration.ofDays(1)));
        return daysAgo.length + 5;
    }

    private String interview(Actor enumerator, long slot, Questionnaire sipas, Instant ended) {
        String id = UUID.randomUUID().toString();
        interviews.complete(enumerator, id, slot, CompleteAnswers.of(sipas, slot),
                paradata(ended.minus(Duration.ofMinutes(28 + slot % 15)), ended), EntryMode.INTERVIEW);
        return id;
    }

    private static Paradata paradata(Instant started, Instant ended) {
        return new Paradata(started, ended, Map.of("policySatisfaction", 420), "Samsung Galaxy Tab A8 (minh hoạ)");
    }

    /** A built-in account as the login page lists it, under the name people see there. */
    private Actor account(String username, Role role) {
        IdentityProperties.DemoAccount account = identity.demoAccounts().stream()
                .filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo account " + username + " is not declared"));
        return new Actor(username, account.displayName(), account.unit(), Set.of(role));
    }
}
