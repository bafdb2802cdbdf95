package vn.thuocdo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.compilation.ParIndexGroups;
import vn.thuocdo.publication.Publication;
import vn.thuocdo.publication.Publications;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * On the embedded default, two earlier years whose results the council approved, so the public site shows a
 * publication at first start and a coordinator can walk the publishing: three years ago is published at start
 * ({@code CB-<year>-01}); two years ago waits on "Công bố kết quả". The least code that gets there: the rounds are
 * prepared as any demo round, but their approved version is written the way the compilation writes one (its
 * numbers drawn from a fixed seed, plausible and said to be illustrative in the version's reason and the round's
 * name) instead of walking fieldwork, appraisal and the council for 63 provinces at every start. Publishing goes
 * through {@link Publications}, exactly as the screen does. Nothing happens for a year that already has a round.
 */
@Component
@ConditionalOnProperty(name = "thuocdo.demo.enabled", havingValue = "true")
class DemoPublication {

    private static final Logger log = LoggerFactory.getLogger(DemoPublication.class);
    static final String SUFFIX = " (minh hoạ công bố)";
    static final String REASON = "Số liệu minh hoạ, không phải kết quả thật";

    private final Rounds rounds;
    private final Units units;
    private final Publications publications;
    private final ParIndexGroups groups;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPublication(Rounds rounds, Units units, Publications publications, ParIndexGroups groups, JdbcClient db,
                    TransactionTemplate transaction, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.publications = publications;
        this.groups = groups;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnce() {
        int year = TimeZones.today(clock).getYear();
        Round published = approvedRound(year - 3);
        if (published != null) {
            Publication p = publications.publish(published.id(), DemoRound.SYSTEM);
            log.info("Published the demo round {} as {}", published.year(), p.code());
        }
        Round waiting = approvedRound(year - 2);
        if (waiting != null) {
            log.info("The demo round {} is approved and waits for a coordinator to publish it", waiting.year());
        }
    }

    /** A prepared round of the year over its provinces with one approved version; null when the year has a round. */
    private Round approvedRound(int year) {
        if (year < 2020 || rounds.visibleTo(DemoRound.SYSTEM).stream().anyMatch(r -> r.year() == year)) {
            return null;
        }
        return transaction.execute(status -> {
            List<String> provinces = units.evaluatedOn(UnitKind.PROVINCE, LocalDate.of(year, 12, 31)).stream()
                    .map(Unit::id).toList();
            Round round = rounds.prepare(new NewRound(year, "Đánh giá Chỉ số CCHC và SIPAS năm " + year + SUFFIX,
                    RoundLevel.NATIONAL, provinces, "sampling-request@1", TimeZones.today(clock).plusDays(30)),
                    DemoRound.SYSTEM);
            approvedVersion(round.id(), provinces, new Random(year));
            return round;
        });
    }

    private void approvedVersion(String roundId, List<String> provinces, Random random) {
        String version = UUID.randomUUID().toString();
        db.sql("insert into index_result_version (id, round_id, version_no, reason, computed_by, computed_by_name,"
                        + " computed_at, state, index_definition, scorecards, responses, unweighted)"
                        + " values (?, ?, 1, ?, 'system', 'Thước Đo', ?, 'APPROVED', 'sipas@1', 'province@1', ?, 0)")
                .params(version, roundId, REASON, Timestamp.from(clock.instant()), provinces.size() * 600).update();
        record Drawn(String unit, double sipas, double se, long n, BigDecimal par) {
        }
        ranked = provinces.size();
        List<Drawn> drawn = new ArrayList<>();
        for (String unit : provinces) {
            double sipas = 0.78 + random.nextDouble() * 0.14;
            long n = 450 + random.nextInt(400);
            double se = Math.sqrt(sipas * (1 - sipas) / n) * 1.4;
            BigDecimal par = BigDecimal.valueOf(80 + random.nextDouble() * 17).setScale(2, RoundingMode.HALF_UP);
            drawn.add(new Drawn(unit, sipas, se, n, par));
        }
        List<Drawn> bySipas = drawn.stream().sorted(Comparator.comparingDouble(Drawn::sipas).reversed()).toList();
        List<Drawn> byPar = drawn.stream().sorted(Comparator.comparing(Drawn::par).reversed()).toList();
        for (Drawn d : drawn) {
            int sipasRank = bySipas.indexOf(d) + 1;
            int parRank = byPar.indexOf(d) + 1;
            insert(version, d.unit(), "sipas:overall", d.sipas(), d.se(), d.n(), null, sipasRank, null);
            String group = groups.group(d.par());
            insert(version, d.unit(), "par:total", d.par().doubleValue(), null, null, d.par(), parRank, group);
            insert(version, d.unit(), "par:percent", d.par().doubleValue(), null, null, null, parRank, group);
        }
        double national = drawn.stream().mapToDouble(Drawn::sipas).average().orElse(0);
        insert(version, "national", "sipas:overall", national, 0.004, drawn.stream().mapToLong(Drawn::n).sum(), null,
                null, null);
    }

    private int ranked;

    private void insert(String version, String unit, String measure, double estimate, Double se, Long n,
                        BigDecimal points, Integer rank, String group) {
        db.sql("insert into index_result (version_id, unit_id, unit_kind, measure, estimate, se, ci_low, ci_high, n,"
                        + " points, max_points, unit_rank, result_group, rank_low, rank_high, not_different)"
                        + " values (?, ?, 'PROVINCE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(version, unit, measure, estimate, se, se == null ? null : estimate - 1.96 * se,
                        se == null ? null : estimate + 1.96 * se, n, points, points == null ? null : BigDecimal.valueOf(100),
                        rank, group, rank == null ? null : Math.max(1, rank - 3), rank == null ? null : Math.min(rank + 3, ranked),
                        rank == null ? null : "")
                .update();
    }
}
