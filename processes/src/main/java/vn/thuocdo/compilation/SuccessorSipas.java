package vn.thuocdo.compilation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.index.Estimate;
import vn.thuocdo.forms.index.Estimator;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SIPAS of the provinces formed on 1 July 2025, recomputed from a round of before held in the system (#13): the old
 * provinces' accepted responses, read as the compilation reads them, estimated together as the new province's domain
 * through the crosswalk ({@link SurveyData#withDomains}), with the definition the round was compiled with. The old
 * provinces stay the strata and their communes the clusters: the design is the one the sample was drawn with.
 * A new province is recomputed only when every province it was formed from took part and has responses: a domain
 * missing one of them would not be the new province. Nothing is stored here; {@code history} keeps the figures.
 */
@Component
public class SuccessorSipas {

    private static final IndexCatalogue INDICES = IndexCatalogue.load();

    private final JdbcClient db;
    private final SurveyRows surveyRows;
    private final Units units;

    SuccessorSipas(JdbcClient db, SurveyRows surveyRows, Units units) {
        this.db = db;
        this.surveyRows = surveyRows;
        this.units = units;
    }

    /**
     * What a recompute found: the version whose definition it used (null when the round was never compiled: the
     * compilation's own definition), the new provinces recomputed, and those left out because a province they were
     * formed from has no responses in the round.
     */
    public record Recomputed(String roundId, int year, String versionId, String indexDefinition,
                             List<Province> provinces, List<String> incomplete) {
    }

    /**
     * A new province: the old provinces it was formed from (ids, in code order), their respondents, and its SIPAS
     * measures (elements, parts, overall, each with SE and interval as the estimator gives them).
     */
    public record Province(String unitId, List<String> predecessors, long respondents, List<Estimate> estimates) {
    }

    /** Empty when there is no such round; no provinces when its units are not provinces merged in 2025. */
    @Transactional(readOnly = true)
    public Optional<Recomputed> recompute(String roundId) {
        Optional<Integer> year = db.sql("select round_year from evaluation_round where id = ?").param(roundId)
                .query(Integer.class).optional();
        if (year.isEmpty()) {
            return Optional.empty();
        }
        List<String> participants = db.sql("select unit_id from round_participant where round_id = ? order by unit_id")
                .param(roundId).query(String.class).list();
        // The new provinces formed from several of the round's units; an old province split in two is not relabelled.
        TreeMap<String, List<Unit>> formedFrom = new TreeMap<>();
        for (List<Unit> next : units.successors(participants).values()) {
            if (next.size() == 1) {
                formedFrom.computeIfAbsent(next.get(0).id(), units::predecessors);
            }
        }
        formedFrom.values().removeIf(before -> before.size() < 2);
        CompiledWith compiled = compiledWith(roundId);
        if (formedFrom.isEmpty()) {
            return Optional.of(new Recomputed(roundId, year.get(), compiled.versionId(), compiled.definition(),
                    List.of(), List.of()));
        }
        IndexDefinition definition = INDICES.find(compiled.definition())
                .orElseThrow(() -> new Rejected("compilation.successor.unknownDefinition", compiled.definition()));
        SurveyRows.Loaded survey = surveyRows.load(roundId, definition);

        Map<String, String> newProvinceOf = new HashMap<>();
        List<String> incomplete = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> merger : formedFrom.entrySet()) {
            if (merger.getValue().stream().allMatch(u -> survey.respondents().getOrDefault(u.id(), 0L) > 0)) {
                merger.getValue().forEach(u -> newProvinceOf.put(u.id(), merger.getKey()));
            } else {
                incomplete.add(merger.getKey());
            }
        }
        List<Province> provinces = new ArrayList<>();
        if (!newProvinceOf.isEmpty()) {
            // Every other unit counts in the national estimate only, which nobody reads here.
            List<Estimate> estimates = Estimator.estimate(definition, survey.data().withDomains(newProvinceOf::get));
            Map<String, List<Estimate>> byProvince = new HashMap<>();
            for (Estimate e : estimates) {
                if (!Estimator.NATIONAL.equals(e.domain()) && !e.measure().startsWith("item:")) {
                    byProvince.computeIfAbsent(e.domain(), d -> new ArrayList<>()).add(e);
                }
            }
            for (Map.Entry<String, List<Unit>> merger : formedFrom.entrySet()) {
                if (byProvince.containsKey(merger.getKey())) {
                    List<String> before = merger.getValue().stream().map(Unit::id).toList();
                    long respondents = before.stream().mapToLong(u -> survey.respondents().get(u)).sum();
                    provinces.add(new Province(merger.getKey(), before, respondents,
                            List.copyOf(byProvince.get(merger.getKey()))));
                }
            }
        }
        return Optional.of(new Recomputed(roundId, year.get(), compiled.versionId(), definition.reference(),
                List.copyOf(provinces), List.copyOf(incomplete)));
    }

    /** A version of the round and the SIPAS definition it was computed with. */
    private record CompiledWith(String versionId, String definition) {
    }

    /**
     * The version whose definition the round was compiled with: the one its current publication froze, else the
     * newest the council approved, else the newest; a round never compiled has the compilation's own definition.
     */
    private CompiledWith compiledWith(String roundId) {
        return db.sql("""
                        select v.id, v.index_definition from index_result_version v where v.round_id = ?
                        order by case when exists (select 1 from publication p where p.result_version_id = v.id
                        and p.state = 'CURRENT') then 0 when v.state = 'APPROVED' then 1 else 2 end, v.version_no desc
                        limit 1""").param(roundId)
                .query((rs, n) -> new CompiledWith(rs.getString(1), rs.getString(2) == null
                        ? IndexComputation.SIPAS_DEFINITION : rs.getString(2))).optional()
                .orElse(new CompiledWith(null, IndexComputation.SIPAS_DEFINITION));
    }
}
