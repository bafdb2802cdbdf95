package vn.thuocdo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * On the embedded default, prepares (does not launch) this year's national round over every province, so a
 * newcomer signs in as the coordinator and launches it. Does nothing once the year has a round.
 */
@Component
@org.springframework.core.annotation.Order(0)
@ConditionalOnProperty(name = "thuocdo.demo.enabled", havingValue = "true")
class DemoRound implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);
    static final Actor SYSTEM = new Actor("system", "Thước Đo", "BO-BNV", Set.of(Role.MINISTRY_COORDINATOR));

    private final Rounds rounds;
    private final Units units;
    private final Clock clock;

    DemoRound(Rounds rounds, Units units, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.clock = clock;
    }

    /** Hải Phòng's coordinator, for registering the demo units of the province's own round. */
    static final Actor HAI_PHONG = new Actor("system", "Thước Đo", "T34-31", Set.of(Role.MINISTRY_COORDINATOR));

    @Override
    public void run(ApplicationArguments args) {
        registerHaiPhongUnits();
        LocalDate today = TimeZones.today(clock);
        int year = today.getYear();
        if (rounds.visibleTo(SYSTEM).stream().anyMatch(r -> r.year() == year)) {
            return;
        }
        var provinces = units.evaluatedOn(UnitKind.PROVINCE, LocalDate.of(year, 12, 31)).stream().map(Unit::id).toList();
        rounds.prepare(new NewRound(year, "Đánh giá Chỉ số CCHC và SIPAS năm " + year, RoundLevel.NATIONAL, provinces,
                "sampling-request@1", today.plusDays(30)), SYSTEM);
        log.info("Prepared the demo round {} over {} provinces", year, provinces.size());
    }

    /**
     * A few departments and communes of Hải Phòng, so the provincial round can be tried (demo data: the
     * departments' codes are illustrative, the communes are real ones of the commune register).
     */
    private void registerHaiPhongUnits() {
        if (!units.childrenOn("T34-31", TimeZones.today(clock)).isEmpty()) {
            return;
        }
        units.register("T34-31", UnitKind.DEPARTMENT, "SYT", "Sở Y tế", HAI_PHONG);
        units.register("T34-31", UnitKind.DEPARTMENT, "SGDDT", "Sở Giáo dục và Đào tạo", HAI_PHONG);
        units.register("T34-31", UnitKind.DEPARTMENT, "SXD", "Sở Xây dựng", HAI_PHONG);
        // Communes come from the register, under its codes and names.
        units.register("T34-31", UnitKind.COMMUNE, "11311", "Phường Hồng Bàng", HAI_PHONG);
        units.register("T34-31", UnitKind.COMMUNE, "11674", "Xã An Hưng", HAI_PHONG);
    }
}
