package vn.thuocdo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.assessment.AppraisalAssignments;
import vn.thuocdo.assessment.Appraisals;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.compilation.Compilations;
import vn.thuocdo.compilation.ResultVersion;
import vn.thuocdo.compilation.VersionState;
import vn.thuocdo.council.Councils;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On the embedded default, a round whose indices are computed from data, so the review screen (Tổng hợp kết quả),
 * the what-if and the council have real numbers at first start (#13): the year after next, "… (minh hoạ tổng hợp)",
 * over five provinces (Hà Nội, Quảng Ninh, Hải Phòng, Đà Nẵng, Thành phố Hồ Chí Minh) and two ministries (Tư pháp,
 * Tài chính). Its own round, not the fieldwork demo round: that one shows fieldwork in every state over two
 * provinces and must stay so, and this year's round keeps Hải Phòng and Hà Nội mid-appraisal for the appraiser.
 * <p>
 * The survey data stand in for fieldwork ({@link DemoResponses}, written to the tables); everything after goes
 * through the capabilities' calls as on the screens: each unit scores itself, its leader signs off and submits, the
 * appraiser {@code thamdinh} lowers two sub-criteria with a reason, the unit explains, the appraiser restores one
 * and finalises; {@link Compilations#compute} computes the version (SIPAS with design-based SEs and intervals, the
 * officials' index, the PAR INDEX with ranks, rank intervals and groups) as READY, the state a version has once the
 * coordinator handed it to the council (the round is prepared, not launched: no review task to hand over from, so
 * it says in its reason that it is demo data); the council is named ({@code hoidong} chairs), so its members see
 * the version. Once: nothing happens when the year's round has a version (or the year has another round).
 */
@Component
@ConditionalOnProperty(name = "thuocdo.demo.enabled", havingValue = "true")
class DemoCompilation {

    private static final Logger log = LoggerFactory.getLogger(DemoCompilation.class);
    static final String SUFFIX = " (minh hoạ tổng hợp)";
    static final String REASON = "Tính từ dữ liệu minh hoạ (khảo sát, tự đánh giá và thẩm định mẫu), không phải kết quả"
            + " thật; chuyển Hội đồng để xem thử";
    static final long SEED = 20_281_201L;
    /** Each province's share of satisfied citizens, about: close enough that some ranks overlap. */
    static final Map<String, Double> PROVINCES = ordered("T34-01", 0.74, "T34-22", 0.69, "T34-31", 0.72,
            "T34-48", 0.80, "T34-79", 0.62);
    /** Each unit's share of agreeing officials, about. */
    static final Map<String, Double> OFFICIALS = ordered("T34-01", 0.70, "T34-22", 0.66, "T34-31", 0.78,
            "T34-48", 0.75, "T34-79", 0.60, "BO-BTP", 0.72, "BO-BTC", 0.64);
    static final List<String> COUNCIL = List.of("hoidong", "hoidong.binh", "hoidong.huong");

    private final Rounds rounds;
    private final DemoResponses responses;
    private final SelfAssessments assessments;
    private final AppraisalAssignments assignments;
    private final Appraisals appraisals;
    private final Compilations compilations;
    private final Councils councils;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCompilation(Rounds rounds, DemoResponses responses, SelfAssessments assessments,
                    AppraisalAssignments assignments, Appraisals appraisals, Compilations compilations,
                    Councils councils, TransactionTemplate transaction, Clock clock) {
        this.rounds = rounds;
        this.responses = responses;
        this.assessments = assessments;
        this.assignments = assignments;
        this.appraisals = appraisals;
        this.compilations = compilations;
        this.councils = councils;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * After every runner: the year's check would otherwise race the other demo rounds' own. Two transactions: the
     * compilation reads the survey's responses on a connection of its own, so they must be committed first; a start
     * interrupted between the two computes on the next one.
     */
    @EventListener(ApplicationReadyEvent.class)
    void computeOnce() {
        LocalDate today = TimeZones.today(clock);
        int year = today.getYear() + 2;
        if (year > 2100) {
            return;
        }
        Round round = rounds.visibleTo(DemoRound.SYSTEM).stream().filter(r -> r.year() == year).findFirst()
                .orElse(null);
        if (round != null && (!round.name().endsWith(SUFFIX)
                || !compilations.versions(round.id(), DemoRound.SYSTEM).isEmpty())) {
            return;
        }
        long started = System.nanoTime();
        int[] counts = new int[2];
        String roundId = round != null ? round.id() : transaction.execute(status -> seed(year, today, counts));
        long seeded = System.nanoTime();
        ResultVersion version = transaction.execute(status -> compileForCouncil(roundId));
        log.info("Computed the demo round {} from {} citizens' and {} officials' responses and 7 appraised units"
                        + " (seeded in {} ms, computed in {} ms): version {} handed to the council", year, counts[0],
                counts[1], (seeded - started) / 1_000_000, (System.nanoTime() - seeded) / 1_000_000,
                version.number());
    }

    /** The round, its survey data, and each unit assessed, appraised and final; returns the round's id. */
    private String seed(int year, LocalDate today, int[] counts) {
        List<String> units = List.copyOf(OFFICIALS.keySet());
        Round round = rounds.prepare(new NewRound(year, "Đánh giá Chỉ số CCHC và SIPAS năm " + year + SUFFIX,
                RoundLevel.NATIONAL, units, "sampling-request@1", today.plusDays(30)), DemoRound.SYSTEM);
        String roundId = round.id();
        counts[0] = responses.citizens(roundId, year, PROVINCES, SEED);
        counts[1] = responses.officials(roundId, OFFICIALS, SEED + 1);
        assignments.assignAll(DemoRound.SYSTEM, roundId, Set.copyOf(units), DemoAssessment.APPRAISER);
        for (int i = 0; i < units.size(); i++) {
            assessAndAppraise(roundId, units.get(i), i);
        }
        return roundId;
    }

    /** The version computed from the data, the council's to review; the council named, hoidong chairing. */
    private ResultVersion compileForCouncil(String roundId) {
        ResultVersion version = compilations.compute(roundId, REASON, DemoRound.SYSTEM.username(),
                DemoRound.SYSTEM.displayName(), VersionState.READY);
        COUNCIL.forEach(member -> councils.name(roundId, member, DemoRound.SYSTEM));
        councils.chair(roundId, COUNCIL.get(0), DemoRound.SYSTEM);
        return version;
    }

    /**
     * A unit's year, as the screens take it: the officer scores every self-scored sub-criterion (a lower tier or a
     * "no" every few, more often for a later pair of units, so the totals differ), the leader signs off and submits; the
     * appraiser lowers two, the unit explains both, the appraiser gives one back and finalises.
     */
    private void assessAndAppraise(String roundId, String unit, int index) {
        Actor officer = new Actor("system", "Cán bộ đầu mối (dữ liệu minh hoạ)", unit, Set.of(Role.PROVINCIAL_OFFICER));
        Actor leader = new Actor("system", "Lãnh đạo đơn vị (dữ liệu minh hoạ)", unit, Set.of(Role.UNIT_LEADER));
        Actor appraiser = new Actor(DemoAssessment.APPRAISER, "Đỗ Minh Tuấn", "BO-BNV", Set.of(Role.APPRAISER));
        SelfAssessment opened = assessments.open(officer, roundId, unit);
        List<SubCriterion> scored = opened.scorecard().subCriteria().stream().filter(SubCriterion::selfScored)
                .toList();
        // Units in pairs (Hà Nội and Quảng Ninh, Hải Phòng and Đà Nẵng, …) score alike, so a pair's totals differ by
        // their survey points alone and their rank intervals overlap, as close units' do.
        int every = 9 - index / 2;
        List<SubCriterion> fullYes = new java.util.ArrayList<>();
        for (int n = 0; n < scored.size(); n++) {
            SubCriterion sub = scored.get(n);
            boolean lower = n % every == every - 1;
            assessments.score(officer, roundId, unit, sub.code(), DemoAssessment.answer(sub, lower),
                    "Hồ sơ lưu tại đơn vị, tiêu chí " + sub.code() + " (dữ liệu minh hoạ)",
                    opened.value(sub.code()).version());
            if (!lower && sub.rule() instanceof ScoringRule.YesNo) {
                fullYes.add(sub);
            }
        }
        assessments.handToLeader(officer, roundId, unit);
        assessments.signOff(leader, roundId, unit);
        assessments.submit(leader, roundId, unit);
        // A "yes" turned "no": the points differ, so the unit has something to explain.
        List<SubCriterion> lowered = fullYes.stream().skip(index / 2).limit(2).toList();
        for (SubCriterion sub : lowered) {
            appraisals.appraise(appraiser, roundId, unit, sub.code(), DemoAssessment.answer(sub, true),
                    "Hồ sơ chưa đủ căn cứ cho mức tự chấm (dữ liệu minh hoạ)");
        }
        appraisals.sendToUnit(appraiser, roundId, unit, null);
        for (SubCriterion sub : lowered) {
            appraisals.explain(officer, roundId, unit, sub.code(), "Đơn vị bổ sung văn bản kèm theo (dữ liệu minh hoạ)");
        }
        appraisals.explanationsDone(officer, roundId, unit);
        SubCriterion restored = lowered.get(0);
        appraisals.setFinal(appraiser, roundId, unit, restored.code(), DemoAssessment.answer(restored, false),
                "Giải trình của đơn vị được chấp nhận (dữ liệu minh hoạ)");
        appraisals.finalise(appraiser, roundId, unit);
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
