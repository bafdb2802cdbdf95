package vn.thuocdo.compilation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.assessment.AppraisedResults;
import vn.thuocdo.council.CouncilAgenda;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the council reviews once the indices are compiled: the newest version handed to it (ready or approved),
 * each unit's PAR INDEX total, maximum and percentage. Before any version, the appraised points as they stand
 * (the assessment capability's agenda). When the version changed after the council's session opened, every unit
 * says so ({@link #RECOMPUTED}), so a council does not approve numbers it has not seen.
 */
@Component
class CompiledResults implements CouncilAgenda {

    /** Message key of the note: recomputed after the council's session opened. */
    static final String RECOMPUTED = "council.note.recomputed";

    private final CompilationStore store;
    private final AppraisedResults beforeCompilation;
    private final Units units;

    CompiledResults(CompilationStore store, AppraisedResults beforeCompilation,
                    Units units) {
        this.store = store;
        this.beforeCompilation = beforeCompilation;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitResult> results(String roundId) {
        Optional<ResultVersion> version = store.latestForCouncil(roundId);
        if (version.isEmpty()) {
            return beforeCompilation.results(roundId);
        }
        Optional<String> seen = store.sessionVersion(roundId);
        boolean changed = seen.isPresent() && !seen.get().equals(version.get().id());
        List<IndexResult> totals = store.rows(version.get().id(), IndexResult.PAR_TOTAL);
        Map<String, Unit> names = units.byId(totals.stream().map(IndexResult::unitId).toList());
        return totals.stream().map(t -> new UnitResult(t.unitId(), names.get(t.unitId()).name(),
                CompilationStore.orZero(t.points()), CompilationStore.orZero(t.maxPoints()),
                t.estimate() == null ? BigDecimal.ZERO : BigDecimal.valueOf(t.estimate()),
                changed ? RECOMPUTED : t.note(), t.rank(), t.rankLow(), t.rankHigh(), t.group(), t.unitKind()))
                .toList();
    }

    @Override
    @Transactional
    public void sessionOpened(String roundId, String sessionId) {
        store.latestForCouncil(roundId).ifPresent(v -> store.recordSessionVersion(sessionId, v.id()));
    }
}
