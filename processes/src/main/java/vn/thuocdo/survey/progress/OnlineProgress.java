package vn.thuocdo.survey.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.response.ResponseCounts;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.survey.response.WindowState;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The online survey's progress for the people who steer it: the organiser's coordinator sees every province and,
 * for one province, its communes; a provincial officer sees the communes of their own province. Figures only: the
 * responses are counted by {@link ResponseCounts}, the target is the approved sample's selected households.
 */
@Service
public class OnlineProgress {

    private final JdbcTemplate jdbc;
    private final Rounds rounds;
    private final SurveyWindow window;
    private final ResponseCounts counts;
    private final Units units;

    OnlineProgress(JdbcTemplate jdbc, Rounds rounds, SurveyWindow window, ResponseCounts counts, Units units) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.window = window;
        this.counts = counts;
        this.units = units;
    }

    /** The rounds whose online survey has been opened that this person may follow, newest year first. */
    @Transactional(readOnly = true)
    public List<Round> rounds(Actor actor) {
        boolean coordinator = actor.has(Role.MINISTRY_COORDINATOR);
        // The unit's leader follows the same counts as its officers: what the province's people answered, in sum.
        if (!coordinator && !actor.has(Role.PROVINCIAL_OFFICER) && !actor.has(Role.UNIT_LEADER)) {
            return List.of();
        }
        return rounds.visibleTo(actor).stream()
                .filter(r -> coordinator ? actor.actsFor(r.organiserUnitId()) : r.participants().contains(actor.unitId()))
                .filter(r -> window.of(r.id()).isPresent())
                .sorted(Comparator.comparingInt(Round::year).reversed().thenComparing(Round::name)).toList();
    }

    /** Every province of the round, for the organiser's coordinator. */
    @Transactional(readOnly = true)
    public SurveyOverview provinces(String roundId, Actor actor) {
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        actor.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        Optional<WindowState> state = window.of(roundId);
        if (state.isEmpty()) {
            return new SurveyOverview(round, null, List.of());
        }
        Map<String, StageStatus.Progress> progress = byUnit(roundId);
        Map<String, Long> letters = new HashMap<>();
        counts.citizensByCommune(roundId).forEach(r -> letters.merge(r.unitId(), r.invited(), Long::sum));
        Map<String, Unit> names = units.byId(progress.keySet());
        List<AreaProgress> areas = new ArrayList<>();
        progress.forEach((unitId, p) -> {
            Unit unit = names.get(unitId);
            areas.add(new AreaProgress(unitId, unit == null ? unitId : unit.name(), p.target(),
                    letters.getOrDefault(unitId, 0L), p.done()));
        });
        areas.sort(Comparator.comparing(AreaProgress::name));
        return new SurveyOverview(round, state.get(), areas);
    }

    /**
     * One province's communes: for the organiser's coordinator, or the province's own officer. Every selected
     * commune is listed, those without letters or answers too.
     */
    @Transactional(readOnly = true)
    public SurveyOverview communes(String roundId, String unitId, Actor actor) {
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        if (!(actor.has(Role.MINISTRY_COORDINATOR) && actor.actsFor(round.organiserUnitId()))) {
            if (!(actor.has(Role.UNIT_LEADER) && unitId != null && unitId.equals(actor.unitId()))) {
                actor.require(Role.PROVINCIAL_OFFICER, unitId);
            }
        }
        Optional<WindowState> state = window.of(roundId);
        if (state.isEmpty()) {
            return new SurveyOverview(round, null, List.of());
        }
        Map<String, AreaProgress> communes = new LinkedHashMap<>();
        jdbc.query("select commune_code, min(commune_name), count(*) from survey_sample_unit where sample_id = ?"
                + " and unit_id = ? and stage = 'HOUSEHOLD' and draw_order is not null"
                + " group by commune_code order by min(commune_name), commune_code", rs -> {
            communes.put(rs.getString(1), new AreaProgress(rs.getString(1), rs.getString(2), rs.getLong(3), 0, 0));
        }, state.get().sampleId(), unitId);
        for (ResponseCounts.Rate rate : counts.citizensByCommune(roundId)) {
            if (unitId.equals(rate.unitId())) {
                AreaProgress c = communes.get(rate.key());
                communes.put(rate.key(), c == null
                        ? new AreaProgress(rate.key(), rate.key(), 0, rate.invited(), rate.answered())
                        : new AreaProgress(c.id(), c.name(), c.target(), rate.invited(), rate.answered()));
            }
        }
        return new SurveyOverview(round, state.get(), List.copyOf(communes.values()));
    }

    /**
     * Responses and target per province of the approved sample, once the window has been opened; empty before.
     * For the dashboard's survey column, behind the dashboard's own access check.
     */
    @Transactional(readOnly = true)
    public Map<String, StageStatus.Progress> byUnit(String roundId) {
        Optional<WindowState> state = window.of(roundId);
        if (state.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> answered = new HashMap<>();
        counts.citizensByCommune(roundId).forEach(r -> answered.merge(r.unitId(), r.answered(), Long::sum));
        Map<String, StageStatus.Progress> progress = new LinkedHashMap<>();
        jdbc.query("select unit_id, count(*) from survey_sample_unit where sample_id = ? and stage = 'HOUSEHOLD'"
                + " and draw_order is not null group by unit_id order by unit_id", rs -> {
            progress.put(rs.getString(1), new StageStatus.Progress(answered.getOrDefault(rs.getString(1), 0L),
                    rs.getLong(2)));
        }, state.get().sampleId());
        return progress;
    }
}
