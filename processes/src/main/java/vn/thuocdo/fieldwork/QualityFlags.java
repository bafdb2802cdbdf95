package vn.thuocdo.fieldwork;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.Text;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The supervisor's review of quality flags on their branch's interviews: each cleared (the interview stands) or
 * upheld (a completed interview goes back to its enumerator with the flag as the comment), always with a reason.
 * Nobody decides on the flags of their own interviews.
 */
@Service
public class QualityFlags {

    private final FlagStore flags;
    private final FieldworkAccess access;
    private final ChecksAccess checks;
    private final RoundChecks rounds;
    private final Reviews reviews;
    private final InterviewStore interviews;
    private final FieldworkEvents events;
    private final Clock clock;

    QualityFlags(FlagStore flags, FieldworkAccess access, ChecksAccess checks, RoundChecks rounds, Reviews reviews,
                 InterviewStore interviews, FieldworkEvents events, Clock clock) {
        this.flags = flags;
        this.access = access;
        this.checks = checks;
        this.rounds = rounds;
        this.reviews = reviews;
        this.interviews = interviews;
        this.events = events;
        this.clock = clock;
    }

    /** The rounds the supervisor has a branch in. */
    @Transactional(readOnly = true)
    public List<FieldworkRound> rounds(Actor actor) {
        return checks.supervised(actor);
    }

    /** The branch's flags (open ones only, or all), open first then newest; at most {@value FlagStore#MAX_LIST}. */
    @Transactional(readOnly = true)
    public List<FlagItem> ofBranch(Actor actor, String roundId, boolean openOnly) {
        FieldworkAccess.requireSupervisorRole(actor);
        long branchId = access.supervisedBranch(actor, roundId);
        return flags.ofBranch(branchId, actor.username(), openOnly, rounds.labels(roundId));
    }

    /** The interview stands: the flag was explained (the reason says how). */
    @Transactional
    public FlagItem clear(Actor actor, long flagId, String reason) {
        FlagItem flag = decidable(actor, flagId);
        String why = Bounded.text(reason, FieldworkEvents.MAX_REASON, "fieldwork.reasonRequired");
        decide(actor, flag, FlagState.CLEARED, why);
        return flags.find(flagId, rounds.labels(flag.roundId()));
    }

    /**
     * The flag holds: a completed interview is rejected back to its enumerator through the review, the flag and the
     * reason as its comment; one already sent back or reviewed keeps its state, the decision recorded.
     */
    @Transactional
    public FlagItem uphold(Actor actor, long flagId, String reason) {
        FlagItem flag = decidable(actor, flagId);
        String why = Bounded.text(reason, FieldworkEvents.MAX_REASON, "fieldwork.reasonRequired");
        decide(actor, flag, FlagState.UPHELD, why);
        if (flag.interviewState() == InterviewState.COMPLETED) {
            Text label = rounds.labels(flag.roundId()).apply(flag.rule());
            reviews.reject(actor, flag.interviewId(), List.of(new ReviewComment.New(null, comment(flag, label, why))),
                    why);
        }
        return flags.find(flagId, rounds.labels(flag.roundId()));
    }

    private FlagItem decidable(Actor actor, long flagId) {
        FieldworkAccess.requireSupervisorRole(actor);
        FlagItem flag = flags.find(flagId, rule -> null);
        access.requireSupervisor(actor, flag.roundId(), flag.branchId());
        if (flag.enumerator().equals(actor.username())) {
            throw new Rejected("fieldwork.selfReview");
        }
        if (flag.state() != FlagState.OPEN) {
            throw new Rejected("fwchk.flagDecided");
        }
        return flag;
    }

    private void decide(Actor actor, FlagItem flag, FlagState to, String why) {
        Instant now = clock.instant();
        if (!flags.decide(flag.id(), to, actor.username(), why, now)) {
            throw new Rejected("fwchk.flagDecided");
        }
        long slot = interviews.find(flag.interviewId()).orElseThrow().slot();
        events.record(flag.interviewId(), slot, to == FlagState.CLEARED ? "FLAG_CLEARED" : "FLAG_UPHELD", null, null,
                actor.username(), flag.rule() + ": " + why);
    }

    /** The enumerator reads what was found and why it holds, in Vietnamese: the rule's label, then the reason. */
    private static String comment(FlagItem flag, Text label, String why) {
        String what = label != null ? label.vi() : FlagItem.CALL_BACK.equals(flag.rule())
                ? "Phúc tra không khớp với phiếu" : flag.rule();
        String text = what + " — " + why;
        return text.length() <= FieldworkEvents.MAX_REASON ? text : why;
    }
}
