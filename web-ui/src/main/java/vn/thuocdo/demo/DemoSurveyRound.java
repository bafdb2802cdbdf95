package vn.thuocdo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.CommuneRegister;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On the embedded default, a second demo round, of the previous year, taken through sampling so the survey stage
 * can be tried at once: every province's sampling information is submitted with a synthetic frame over its real
 * communes and approved, through the same capability calls as the screens, so every rule applies; the survey's
 * first task then waits for the coordinator. Runs once: nothing happens when the year already has a round.
 */
@Component
@ConditionalOnProperty(name = "thuocdo.demo.enabled", havingValue = "true")
class DemoSurveyRound implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveyRound.class);

    private final Rounds rounds;
    private final Units units;
    private final CommuneRegister communes;
    private final SamplingRequests sampling;
    private final SamplingFrames frames;
    private final Tasks tasks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSurveyRound(Rounds rounds, Units units, CommuneRegister communes, SamplingRequests sampling,
                    SamplingFrames frames, Tasks tasks, TransactionTemplate transaction, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.communes = communes;
        this.sampling = sampling;
        this.frames = frames;
        this.tasks = tasks;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The demo round's name ends so: "… (minh hoạ khảo sát)". */
    static final String SUFFIX = " (minh hoạ khảo sát)";

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = TimeZones.today(clock);
        int year = today.getYear() - 1;
        if (year < 2020 || rounds.visibleTo(DemoRound.SYSTEM).stream().anyMatch(r -> r.year() == year)) {
            return;
        }
        long started = System.nanoTime();
        // All or nothing: a start interrupted half-way leaves no round, so the next start seeds it afresh.
        long[] villages = {0};
        Round round = transaction.execute(status -> seed(year, today, villages));
        log.info("Prepared the demo survey round {}: {} provinces approved, {} villages, in {} ms", year,
                round.participants().size(), villages[0], (System.nanoTime() - started) / 1_000_000);
    }

    private Round seed(int year, LocalDate today, long[] villages) {
        List<String> provinces = units.evaluatedOn(UnitKind.PROVINCE, LocalDate.of(year, 12, 31)).stream()
                .map(Unit::id).toList();
        return launchWithApprovedFrames(year, "Đánh giá Chỉ số CCHC và SIPAS năm " + year + SUFFIX, provinces, today,
                villages);
    }

    /**
     * Launches a round over the provinces and approves each one's synthetic frame over its real communes, through
     * the same calls as the officers' and the coordinator's screens; adds the villages to {@code villages[0]}. The
     * survey's first task then waits for the coordinator. Shared with {@link DemoFieldwork}.
     */
    Round launchWithApprovedFrames(int year, String name, List<String> provinces, LocalDate today, long[] villages) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Round round = rounds.launchNew(new NewRound(year, name, RoundLevel.NATIONAL, provinces, "sampling-request@1",
                today.plusDays(30), NewRound.DEFAULT_REMINDER_DAYS, Map.of("survey", today.plusDays(60))),
                DemoRound.SYSTEM);
        for (String province : provinces) {
            Actor officer = new Actor("system", "Thước Đo", province, Set.of(Role.PROVINCIAL_OFFICER));
            String submitTask = onlyTask(officer, round.id(), province);
            DemoFrames.Frame frame = DemoFrames.of(communes.communesOf(province, yearEnd));
            frames.enterFrame(submitTask, frame.rows(), officer);
            villages[0] += frame.rows().size();
            sampling.submitFor(round.id(), province, Map.of(
                    "contactName", "Cán bộ đầu mối (dữ liệu minh hoạ)", "contactPhone", "0912345678",
                    "contactEmail", "chonmau@snv.gov.vn", "communes", frame.communes(),
                    "villages", (long) frame.rows().size(), "households", frame.households(),
                    "population", frame.population(), "dossiersHandled", frame.households() / 2), officer);
            sampling.approve(onlyTask(DemoRound.SYSTEM, round.id(), province), DemoRound.SYSTEM);
        }
        return round;
    }

    private String onlyTask(Actor actor, String roundId, String unitId) {
        return tasks.inbox(actor, new InboxFilter(roundId, unitId), 0, 1).get(0).taskId();
    }
}
