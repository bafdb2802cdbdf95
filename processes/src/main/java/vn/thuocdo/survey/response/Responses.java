package vn.thuocdo.survey.response;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Response;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.Invitation;
import vn.thuocdo.survey.invitation.InvitationCode;
import vn.thuocdo.survey.invitation.InvitationKeys;
import vn.thuocdo.survey.invitation.InvitationState;
import vn.thuocdo.survey.invitation.InvitationStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one gate for answers, whoever sends them (the public page, a partner's system): the code must be a working
 * invitation of a round whose online survey is open, and every answer is read again against the questionnaire. A
 * final response is acknowledged only once it is committed, and an invitation takes one.
 */
@Service
public class Responses {

    /** A section id as the page sends it back: bounded before it is stored. */
    static final int MAX_SECTION = 64;
    /** A response id from a partner: a UUID, bounded before it is parsed. */
    static final int MAX_ID = 36;

    private final InvitationStore invitations;
    private final InvitationKeys keys;
    private final SurveyWindow window;
    private final ResponseStore store;
    private final ResponseWriter writer;
    private final TransactionTemplate checking;
    private final Questionnaires questionnaires;
    private final Clock clock;
    /** Versions never change once pinned (id@version), so each is parsed once. */
    private final Map<String, Questionnaire> asked = new ConcurrentHashMap<>();

    Responses(InvitationStore invitations, InvitationKeys keys, SurveyWindow window, ResponseStore store,
              ResponseWriter writer, PlatformTransactionManager transactions, Questionnaires questionnaires,
              Clock clock) {
        this.invitations = invitations;
        this.keys = keys;
        this.window = window;
        this.store = store;
        this.writer = writer;
        this.checking = new TransactionTemplate(transactions);
        this.checking.setReadOnly(true);
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** Someone typed or followed a code: what they are asked and where they stopped, or why they cannot answer. */
    @Transactional(readOnly = true)
    public Respondent enter(String typedCode) {
        Invitation invitation = unanswered(typedCode);
        WindowState open = openWindow(invitation.roundId());
        ResponseStore.Draft draft = store.draft(invitation.id()).orElse(null);
        return new Respondent(invitation, questionnaire(invitation), draft == null ? Map.of() : draft.answers(),
                draft == null ? null : draft.section(), open);
    }

    /**
     * Saves what the respondent has answered so far over the saved draft (a key sent as null removes its answer).
     * Answers the questionnaire refuses are left out and returned with their reasons; the rest is saved.
     */
    @Transactional
    public DraftSaved saveDraft(String typedCode, Map<String, ?> raw, String section) {
        if (section != null && section.length() > MAX_SECTION) {
            throw new Rejected("response.sectionUnknown");
        }
        Invitation invitation = unanswered(typedCode);
        openWindow(invitation.roundId());
        Questionnaire questionnaire = questionnaire(invitation);
        if (section != null && questionnaire.sections().stream().noneMatch(s -> s.id().equals(section))) {
            throw new Rejected("response.sectionUnknown");
        }
        Map<String, Object> merged = new LinkedHashMap<>(store.draft(invitation.id())
                .map(ResponseStore.Draft::answers).orElse(Map.of()));
        raw.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        LocalDate today = TimeZones.today(clock);
        Response read = questionnaire.read(merged, Completeness.DRAFT, today);
        List<FieldError> refused = read.errors();
        if (!read.valid()) {
            // Keep what holds: drop the refused answers and read the rest again (a refusal can make a later
            // question irrelevant, so the second reading decides).
            Set<String> drop = new HashSet<>();
            refused.forEach(e -> drop.add(e.fieldKey()));
            merged.keySet().removeIf(drop::contains);
            Response rest = questionnaire.read(merged, Completeness.DRAFT, today);
            read = rest.valid() ? rest : new Response(Map.of(), List.of());
        }
        Map<String, Object> saved = read.stored();
        store.saveDraft(invitation.id(), saved, section, clock.instant());
        return new DraftSaved(saved, refused);
    }

    /**
     * The final response: read in full against the questionnaire (required answers, skip logic, constraints) and
     * stored once. Returns only after the commit: the receipt means the answers are durable. The checks run here, in
     * a read-only transaction given back before the wait; the row is written by the {@link ResponseWriter} with
     * others received meanwhile.
     */
    public Receipt submit(String typedCode, Map<String, ?> raw, Channel channel, String clientId) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        // The checks on one connection, given back before the wait: the writers need the pool more than a waiter.
        ResponseStore.NewResponse row = checking.execute(status -> {
            Invitation invitation = unanswered(typedCode);
            openWindow(invitation.roundId());
            Response read = questionnaire(invitation).read(raw, Completeness.FINAL, TimeZones.today(clock));
            if (!read.valid()) {
                throw new InvalidResponse(read.errors());
            }
            Instant started = store.draft(invitation.id()).map(ResponseStore.Draft::startedAt).orElse(null);
            return response(id, invitation, channel, clientId, read, started, now);
        });
        var written = writer.write(row);
        if (ResponseWriter.await(written) == ResponseWriter.Written.DUPLICATE) {
            // The id is new, so the invitation was answered meanwhile (the same code sent twice at once).
            throw new Rejected("response.alreadyAnswered");
        }
        return new Receipt(id, now);
    }

    /**
     * A partner's batch: each item is checked on its own, so a refused item never blocks the others, and an item
     * already received from the same sender (a resend after a lost reply) is reported, not stored twice. The items
     * that pass are queued together and answered once their commit is done; a batch the queue has no room for is
     * refused whole ({@code ingest.busy}), nothing of it stored, to be sent again later.
     */
    public BatchReply submitBatch(String clientId, List<BatchItem> items) {
        return submitBatch(null, clientId, items);
    }

    /** The same, sent for one round: an item whose code belongs to another round is refused ({@code ingest.otherRound}). */
    public BatchReply submitBatch(String roundId, String clientId, List<BatchItem> items) {
        // What the database knows of the batch's codes comes in one query; the checks themselves hold no connection
        // (holding one for 500 items' checks starved the pool under load).
        Map<String, String> hashes = new HashMap<>();
        for (BatchItem item : items) {
            try {
                hashes.put(item.code(), keys.hash(InvitationCode.parse(item.code())));
            } catch (Rejected malformed) {
                // the item's own check says why
            }
        }
        Map<String, InvitationStore.Standing> standing = invitations.standing(new HashSet<>(hashes.values()));
        List<Checked> checked = new ArrayList<>(items.size());
        for (BatchItem item : items) {
            String hash = hashes.get(item.code());
            checked.add(check(roundId, clientId, item, hash == null ? null : standing.get(hash)));
        }
        int toWrite = (int) checked.stream().filter(one -> one.row() != null).count();
        if (toWrite > writer.room()) {
            throw new Rejected("ingest.busy");
        }
        List<CompletableFuture<ResponseWriter.Written>> queued = new ArrayList<>(checked.size());
        for (Checked one : checked) {
            CompletableFuture<ResponseWriter.Written> written = null;
            if (one.row() != null) {
                try {
                    written = writer.write(one.row());
                } catch (Rejected busy) {
                    // Room was there a moment ago and went to others: this item alone waits for a resend.
                    written = CompletableFuture.failedFuture(busy);
                }
            }
            queued.add(written);
        }
        List<ItemOutcome> outcomes = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            Checked one = checked.get(i);
            outcomes.add(one.row() == null ? one.outcome() : outcome(clientId, one, queued.get(i)));
        }
        return new BatchReply(outcomes);
    }

    /** An item either settled by the checks (refused, already received) or a row to write. */
    private record Checked(ItemOutcome outcome, ResponseStore.NewResponse row) {
    }

    private ItemOutcome outcome(String clientId, Checked one, CompletableFuture<ResponseWriter.Written> written) {
        String id = one.row().id();
        try {
            if (ResponseWriter.await(written) == ResponseWriter.Written.STORED) {
                return ItemOutcome.created(id);
            }
        } catch (Rejected refused) {
            return ItemOutcome.refused(id, refused.key(), refused.args(), List.of());
        }
        // Left out by the writer: the id or the invitation got a response meanwhile (a resend, or the same item twice).
        return store.sent(id).map(sent -> clientId.equals(sent.clientId())
                        && one.row().invitationId().equals(sent.invitationId()) ? ItemOutcome.already(id)
                        : ItemOutcome.refused(id, "response.idTaken", List.of(), List.of()))
                .orElseGet(() -> ItemOutcome.refused(id, "response.alreadyAnswered", List.of(), List.of()));
    }

    /** One item against its code's standing (null when the code is malformed or unknown). */
    private Checked check(String roundId, String clientId, BatchItem item, InvitationStore.Standing known) {
        String id = item.id();
        if (id == null || id.length() > MAX_ID || !uuid(id)) {
            return new Checked(ItemOutcome.refused(id == null || id.length() > MAX_ID ? null : id, "response.idNotUuid",
                    List.of(), List.of()), null);
        }
        try {
            if (known == null) {
                InvitationCode.parse(item.code()); // a malformed code is refused for what is wrong with it
                throw new Rejected("response.unknownCode");
            }
            Invitation invitation = known.invitation();
            if (invitation.state() == InvitationState.VOID) {
                throw new Rejected("response.codeVoid");
            }
            if (roundId != null && !roundId.equals(invitation.roundId())) {
                return new Checked(ItemOutcome.refused(id, "ingest.otherRound", List.of(), List.of()), null);
            }
            if (id.equals(known.responseId())) {
                // Sent before: a resend after a lost reply when it is the same sender's.
                return new Checked(clientId.equals(known.responseClient()) ? ItemOutcome.already(id)
                        : ItemOutcome.refused(id, "response.idTaken", List.of(), List.of()), null);
            }
            if (known.responseId() != null) {
                return new Checked(ItemOutcome.refused(id, "response.alreadyAnswered", List.of(), List.of()), null);
            }
            openWindow(invitation.roundId());
            Response read = questionnaire(invitation).read(item.answers() == null ? Map.of() : item.answers(),
                    Completeness.FINAL, TimeZones.today(clock));
            if (!read.valid()) {
                return new Checked(ItemOutcome.refused(id, "response.invalidAnswers", List.of(read.errors().size()),
                        read.errors()), null);
            }
            return new Checked(null, response(id, invitation, Channel.API, clientId, read, item.startedAt(),
                    clock.instant()));
        } catch (Rejected refused) {
            return new Checked(ItemOutcome.refused(id, refused.key(), refused.args(), List.of()), null);
        }
    }

    private static boolean uuid(String id) {
        if (id.length() != MAX_ID) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static ResponseStore.NewResponse response(String id, Invitation invitation, Channel channel,
                                                      String clientId, Response read, Instant started,
                                                      Instant received) {
        return new ResponseStore.NewResponse(id, invitation.roundId(), invitation.id(), invitation.questionnaire(),
                channel, invitation.unitId(), invitation.communeCode(), invitation.positionGroup(), clientId,
                ResponseStore.write(read.stored()), started, received);
    }

    /** The invitation of a code, refused when the code is malformed, unknown or void, or already answered. */
    private Invitation unanswered(String typedCode) {
        String hash = keys.hash(InvitationCode.parse(typedCode));
        InvitationStore.Standing known = invitations.standing(List.of(hash)).get(hash);
        if (known == null) {
            throw new Rejected("response.unknownCode");
        }
        if (known.invitation().state() == InvitationState.VOID) {
            throw new Rejected("response.codeVoid");
        }
        if (known.responseId() != null) {
            throw new Rejected("response.alreadyAnswered");
        }
        return known.invitation();
    }

    private WindowState openWindow(String roundId) {
        WindowState state = window.cached(roundId).orElseThrow(() -> new Rejected("response.notOpen"));
        Instant now = clock.instant();
        if (state.closedAt() != null || !now.isBefore(state.closesAt())) {
            Instant closed = state.closedAt() != null && state.closedAt().isBefore(state.closesAt())
                    ? state.closedAt() : state.closesAt();
            throw new Rejected("response.closed", Formats.date(closed.atZone(TimeZones.VIETNAM).toLocalDate()));
        }
        if (now.isBefore(state.openedAt())) {
            throw new Rejected("response.notOpenYet", Formats.date(state.openedAt().atZone(TimeZones.VIETNAM).toLocalDate()));
        }
        return state;
    }

    private Questionnaire questionnaire(Invitation invitation) {
        return asked.computeIfAbsent(invitation.questionnaire(), ref -> questionnaires.find(ref)
                .orElseThrow(() -> new IllegalStateException("The round's pinned questionnaire " + ref
                        + " is gone")));
    }
}
