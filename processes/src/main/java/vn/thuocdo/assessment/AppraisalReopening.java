package vn.thuocdo.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.council.CouncilSentBack;

import java.time.Clock;

/**
 * The council sent units back (CouncilSentBack, published in the deciding transaction): each named unit whose
 * points were final goes back to appraisal. Its self, appraised and explained values stay, the final ones are
 * cleared (the history keeps them), and the workflow gives its appraisers a new appraise task. A unit still being
 * appraised is left as it is: its appraisal is already open.
 */
@Component
class AppraisalReopening {

    private static final Logger LOG = LoggerFactory.getLogger(AppraisalReopening.class);

    private final AssessmentStore store;
    private final AssessmentWorkflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    AppraisalReopening(AssessmentStore store, AssessmentWorkflow workflow, AuditLog audit, Clock clock) {
        this.store = store;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(CouncilSentBack sentBack) {
        AssessmentStore.RoundFacts round = store.round(sentBack.roundId()).orElseThrow();
        String why = String.join(" | ", sentBack.comments());
        for (String unitId : sentBack.unitIds()) {
            AssessmentState state = store.lockState(round.roundId(), unitId).orElse(null);
            if (state != AssessmentState.FINAL) {
                LOG.info("Council sent back {} in round {}: its assessment is {}, left as it is", unitId,
                        round.roundId(), state);
                continue;
            }
            store.reopened(round.roundId(), unitId, clock.instant());
            audit.record("council", unitId, "assessment-reopened", round.roundId(),
                    why.length() > 1900 ? why.substring(0, 1900) : why);
            workflow.reopened(round.roundId(), unitId, round.organiserUnitId());
        }
    }
}
