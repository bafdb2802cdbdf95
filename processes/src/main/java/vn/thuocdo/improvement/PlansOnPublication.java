package vn.thuocdo.improvement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.thuocdo.publication.Published;

/**
 * Opens the units' plans once a publication is committed (its numbers are then readable). Each unit in its own
 * transaction: one unit that cannot be planned (a broken scorecard) is logged and the others still get their task;
 * publishing the same round again (a correction) opens plans only for units that have none yet.
 */
@Component
class PlansOnPublication {

    private static final Logger LOG = LoggerFactory.getLogger(PlansOnPublication.class);

    private final ImprovementPlans plans;

    PlansOnPublication(ImprovementPlans plans) {
        this.plans = plans;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void published(Published published) {
        int opened = 0;
        for (String unitId : plans.unitsToPlan(published.publicationId())) {
            try {
                if (plans.open(published, unitId)) {
                    opened++;
                }
            } catch (RuntimeException failed) {
                LOG.error("No improvement plan opened for {} after {}", unitId, published.code(), failed);
            }
        }
        LOG.info("{}: {} improvement plans opened", published.code(), opened);
    }
}
