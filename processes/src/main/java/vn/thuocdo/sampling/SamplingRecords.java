package vn.thuocdo.sampling;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.FormCatalogue;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.workflow.WorkItem;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sampling requests as records to read, not tasks to do: an officer sees their own unit's requests in every round
 * it joined, whatever the workflow is doing; a coordinator opens any unit's request of a round they organise.
 * Nobody reads another unit's request, and a refusal is audited like any other.
 */
@Service
public class SamplingRecords {

    private final SamplingRequestStore store;
    private final SamplingRequests requests;
    private final Rounds rounds;
    private final FormCatalogue forms;
    private final AuditLog audit;

    SamplingRecords(SamplingRequestStore store, SamplingRequests requests, Rounds rounds, FormCatalogue forms,
                    AuditLog audit) {
        this.store = store;
        this.requests = requests;
        this.rounds = rounds;
        this.forms = forms;
        this.audit = audit;
    }

    /** The officer's own unit's requests, newest round first; rounds still in draft have none. */
    @Transactional(readOnly = true)
    public List<SamplingRecord> ofMyUnit(Actor actor) {
        if (!actor.has(Role.PROVINCIAL_OFFICER)) {
            throw denied(actor, "sampling.records", null);
        }
        // A unit joins a few rounds a year: one lookup per round is cheaper than a query of its own.
        return rounds.visibleTo(actor).stream()
                .sorted(Comparator.comparingInt(Round::year).reversed())
                .flatMap(round -> store.find(round.id(), actor.unitId()).map(r -> summary(round, r)).stream())
                .toList();
    }

    /** One unit's request in one round, with its notes and history. */
    @Transactional(readOnly = true)
    public SamplingRecord open(String roundId, String unitId, Actor actor) {
        boolean ownUnit = actor.has(Role.PROVINCIAL_OFFICER) && actor.actsFor(unitId);
        Optional<Round> round = ownUnit || actor.has(Role.MINISTRY_COORDINATOR)
                ? rounds.find(roundId, actor) : Optional.empty();
        // A coordinator sees the rounds their unit organises; an officer those their unit joined.
        if (round.isEmpty() || !round.get().participants().contains(unitId)
                || !(ownUnit || round.get().organiserUnitId().equals(actor.unitId()))) {
            throw denied(actor, "sampling.record", roundId + "/" + unitId);
        }
        SamplingRequest request = store.find(roundId, unitId)
                .orElseThrow(() -> new vn.thuocdo.shared.Rejected("sampling.notFound"));
        return new SamplingRecord(round.get(), request, forms.get(request.form()), requests.returnNotes(request),
                store.history(request.id()));
    }

    /**
     * Whether a task of the person's inbox is a submission that came back: the inbox labels it "Bị trả lại". The
     * inbox has already checked the task is theirs; this says nothing about a request they have no task for.
     */
    @Transactional(readOnly = true)
    public boolean returned(WorkItem item) {
        return SamplingForms.SUBMIT.equals(item.formKey()) && store.find(item.roundId(), item.unitId())
                .map(r -> r.state() == SamplingState.RETURNED).orElse(false);
    }

    private SamplingRecord summary(Round round, SamplingRequest request) {
        return new SamplingRecord(round, request, forms.get(request.form()), List.of(), List.of());
    }

    private AccessDenied denied(Actor actor, String action, String target) {
        audit.recordAlone(actor.username(), actor.unitId(), action, target, AuditLog.DENIED, null);
        return new AccessDenied(actor.username(), Role.PROVINCIAL_OFFICER.groupIn(actor.unitId()));
    }
}
