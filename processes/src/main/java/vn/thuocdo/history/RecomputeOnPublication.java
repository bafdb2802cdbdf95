package vn.thuocdo.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.thuocdo.publication.Published;

/**
 * Once a publication is committed, the new provinces' SIPAS of its round is recomputed from the old provinces'
 * microdata when the round is of before the 2025 reorganisation (for any other round it finds nothing to do). A
 * failure is logged, never undoes the publication: the coordinating ministry can ask again from the history screen.
 */
@Component
class RecomputeOnPublication {

    private static final Logger LOG = LoggerFactory.getLogger(RecomputeOnPublication.class);

    private final RecomputedSipas recomputed;
    private final JdbcClient db;

    RecomputeOnPublication(RecomputedSipas recomputed, JdbcClient db) {
        this.recomputed = recomputed;
        this.db = db;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void published(Published published) {
        try {
            String by = db.sql("select published_by from publication where id = ?").param(published.publicationId())
                    .query(String.class).optional().orElse("system");
            int provinces = recomputed.afterPublication(published.roundId(), by);
            if (provinces > 0) {
                LOG.info("{}: SIPAS of {} new provinces recomputed from the old provinces' microdata",
                        published.code(), provinces);
            }
        } catch (RuntimeException failed) {
            LOG.error("No SIPAS recomputed for the new provinces after {}", published.code(), failed);
        }
    }
}
