package vn.thuocdo.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.compilation.SuccessorSipas;
import vn.thuocdo.forms.index.Estimate;
import vn.thuocdo.identity.Actor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SIPAS of the provinces formed on 1 July 2025, recomputed from a pre-merger round's microdata
 * ({@link SuccessorSipas}) and kept (V32 {@code recomputed_sipas}, origin RECOMPUTED) so that a series reads stored
 * numbers: reading a national survey again takes seconds, too slow for the public site. Recomputed after each
 * publication of such a round ({@code RecomputeOnPublication}) and on the coordinating ministry's request for a round
 * published before this existed. A recompute supersedes the round's earlier rows, which stay.
 */
@Service
public class RecomputedSipas {

    public static final String ORIGIN = "RECOMPUTED";

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final SuccessorSipas sipas;
    private final AuditLog audit;
    private final Clock clock;

    RecomputedSipas(JdbcClient db, JdbcTemplate jdbc, SuccessorSipas sipas, AuditLog audit, Clock clock) {
        this.db = db;
        this.jdbc = jdbc;
        this.sipas = sipas;
        this.audit = audit;
        this.clock = clock;
    }

    /** Recomputes and keeps a round's new provinces' SIPAS, by the coordinating ministry; how many provinces. */
    @Transactional
    public int recompute(String roundId, Actor actor) {
        HistoryAccess.requireNational(actor);
        int provinces = store(roundId, actor.username());
        audit.remember(actor);
        audit.record(actor.username(), actor.unitId(), "history.sipas.recompute", roundId,
                provinces + " provinces");
        return provinces;
    }

    /** The rounds of before the reorganisation that hold responses, newest first: for the coordinating ministry. */
    @Transactional(readOnly = true)
    public List<RecomputableRound> rounds(Actor actor) {
        HistoryAccess.requireNational(actor);
        return db.sql("""
                        select r.id, r.round_year, r.name,
                        exists (select 1 from publication p where p.round_id = r.id and p.state = 'CURRENT'),
                        (select max(s.computed_at) from recomputed_sipas s where s.round_id = r.id),
                        (select count(distinct s.unit_id) from recomputed_sipas s
                         where s.round_id = r.id and s.superseded_at is null)
                        from evaluation_round r
                        where exists (select 1 from round_participant p join unit_succession u
                                      on u.predecessor_id = p.unit_id where p.round_id = r.id)
                        and (exists (select 1 from survey_response x where x.round_id = r.id)
                             or exists (select 1 from fieldwork_interview f where f.round_id = r.id
                                        and f.state = 'ACCEPTED'))
                        order by r.round_year desc, r.name""")
                .query((rs, n) -> new RecomputableRound(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getBoolean(4), PublishedResults.instant(rs.getTimestamp(5)), rs.getInt(6))).list();
    }

    /** After a publication, in a transaction of its own (the publication's has committed): by its publisher. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int afterPublication(String roundId, String publishedBy) {
        return store(roundId, publishedBy);
    }

    private int store(String roundId, String by) {
        SuccessorSipas.Recomputed recomputed = sipas.recompute(roundId).orElse(null);
        if (recomputed == null || recomputed.provinces().isEmpty()) {
            // Not a pre-merger round, or no new province whose every old province answered: nothing replaces
            // what a recompute found before.
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        String id = UUID.randomUUID().toString();
        db.sql("update recomputed_sipas set superseded_at = ? where round_id = ? and superseded_at is null")
                .params(now, roundId).update();
        List<Object[]> rows = new ArrayList<>();
        for (SuccessorSipas.Province p : recomputed.provinces()) {
            String before = String.join(",", p.predecessors());
            for (Estimate e : p.estimates()) {
                String note = !e.sufficient() ? "compilation.note.insufficient"
                        : e.hasSe() ? null : "compilation.note.noSe";
                rows.add(new Object[] {id, roundId, recomputed.year(), p.unitId(), "sipas:" + e.measure(),
                        number(e.estimate()), number(e.se()), number(e.ciLow()), number(e.ciHigh()), e.n(), note,
                        before, p.respondents(), ORIGIN, recomputed.indexDefinition(), recomputed.versionId(), by,
                        now});
            }
        }
        jdbc.batchUpdate("""
                insert into recomputed_sipas (recompute_id, round_id, result_year, unit_id, measure, estimate, se,
                ci_low, ci_high, n, note, predecessors, respondents, origin, index_definition, result_version_id,
                computed_by, computed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return recomputed.provinces().size();
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
