package vn.thuocdo.fieldwork;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.fieldwork.quality.CallBacks;
import vn.thuocdo.fieldwork.quality.InterviewFacts;
import vn.thuocdo.fieldwork.quality.QualityCheck;
import vn.thuocdo.fieldwork.quality.QualityFlag;
import vn.thuocdo.forms.design.OutcomeCode;
import vn.thuocdo.forms.design.QualityRule;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an interview as it is completed, in the transaction that records it: the design's quality rules over the
 * enumerator's interviews so far (a rule over their set, same pattern or too many a day, can flag earlier ones too),
 * each new flag stored once per rule; and the call-back draw topped up to the design's share of their interviews.
 * Announces {@link InterviewFlagged} for every interview given new flags. What the system does here is kept in the
 * flag and call-back rows themselves (raised_at, drawn_at, drawn_share), not in fieldwork_event, which keeps what
 * people did: the supervisors' call-backs and decisions are there.
 */
@Component
class QualityWatch {

    /** A new interview, a fix after rejection, a change before approval: the answers may be new each time. */
    private static final Set<String> KINDS = Set.of("COMPLETED", "RESUBMITTED", "EDITED");

    private final JdbcTemplate jdbc;
    private final InterviewStore store;
    private final RoundChecks checks;
    private final FlagStore flags;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    QualityWatch(JdbcTemplate jdbc, InterviewStore store, RoundChecks checks, FlagStore flags,
                 ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.checks = checks;
        this.flags = flags;
        this.publisher = publisher;
        this.clock = clock;
    }

    @EventListener
    void on(FieldworkChanged changed) {
        if (changed.interviewId() == null || !KINDS.contains(changed.kind())) {
            return;
        }
        Interview interview = store.find(changed.interviewId()).orElse(null);
        if (interview == null || interview.outcome() != Outcome.INTERVIEWED) {
            return;
        }
        RoundChecks.Setup setup = checks.of(interview.roundId()).orElse(null);
        if (setup == null) {
            return;
        }
        // One enumerator's checks at a time: two interviews sent at once must not both miss the other's flags or
        // both take the same call-back.
        jdbc.queryForList("select username from fieldwork_member where branch_id = ? and username = ? for update",
                String.class, interview.branchId(), interview.enumerator());
        List<Interview> theirs = jdbc.query("""
                        select i.* from fieldwork_interview i
                        where i.round_id = ? and i.enumerator = ? and i.outcome = 'INTERVIEWED' and i.state <> 'DRAFT'
                        order by i.created_at, i.id""", InterviewStore::interview, interview.roundId(),
                interview.enumerator());
        Instant now = clock.instant();
        raise(setup, interview, theirs, now);
        if (changed.kind().equals("COMPLETED")) {
            draw(setup, interview, theirs, now);
        }
    }

    private void raise(RoundChecks.Setup setup, Interview trigger, List<Interview> theirs, Instant now) {
        List<QualityRule> byTime = new ArrayList<>();
        List<QualityRule> byAnswers = new ArrayList<>();
        setup.rules().qualityRules().forEach(r -> (setup.judgedByTime(r) ? byTime : byAnswers).add(r));
        // A paper form has no start or end: the rules of time do not judge it, the rules of answers do.
        List<InterviewFacts> timed = new ArrayList<>();
        List<InterviewFacts> all = new ArrayList<>();
        for (Interview i : theirs) {
            InterviewFacts facts = facts(i);
            all.add(facts);
            if (i.paradata().startedAt() != null) {
                timed.add(facts);
            }
        }
        List<QualityFlag> fired = new ArrayList<>();
        if (!byTime.isEmpty()) {
            fired.addAll(QualityCheck.evaluate(setup.only(byTime), setup.questionnaire(), setup.window(), timed)
                    .flags());
        }
        if (!byAnswers.isEmpty()) {
            fired.addAll(QualityCheck.evaluate(setup.only(byAnswers), setup.questionnaire(), setup.window(), all)
                    .flags());
        }
        if (fired.isEmpty()) {
            return;
        }
        Set<String> stored = flags.raisedOn(trigger.roundId(), trigger.enumerator());
        Map<String, Interview> byId = new LinkedHashMap<>();
        theirs.forEach(i -> byId.put(i.id(), i));
        Map<String, List<String>> raised = new LinkedHashMap<>();
        for (QualityFlag flag : fired) {
            if (stored.add(flag.interviewId() + "|" + flag.ruleId())) {
                Interview on = byId.get(flag.interviewId());
                flags.insert(on, flag.ruleId(), FlagDetail.of(flag.reasonKey(), flag.args()), now);
                raised.computeIfAbsent(on.id(), k -> new ArrayList<>()).add(flag.ruleId());
            }
        }
        List<String> order = setup.rules().qualityRules().stream().map(QualityRule::id).toList();
        raised.forEach((id, rules) -> {
            rules.sort(Comparator.comparingInt(order::indexOf));
            Interview on = byId.get(id);
            publisher.publishEvent(new InterviewFlagged(on.roundId(), id, on.branchId(), on.enumerator(), rules));
        });
    }

    private void draw(RoundChecks.Setup setup, Interview trigger, List<Interview> theirs, Instant now) {
        Set<String> drawn = new HashSet<>(jdbc.queryForList("""
                        select c.interview_id from fieldwork_callback c
                        join fieldwork_interview i on i.id = c.interview_id
                        where i.round_id = ? and i.enumerator = ?""", String.class, trigger.roundId(),
                trigger.enumerator()));
        List<String> ids = theirs.stream().map(Interview::id).toList();
        BigDecimal share = setup.rules().callBacks().share();
        for (String id : CallBacks.topUp(setup.rules(), setup.seed(), trigger.enumerator(), ids, drawn)) {
            Interview chosen = theirs.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
            jdbc.update("""
                            insert into fieldwork_callback (interview_id, round_id, branch_id, enumerator, drawn_at,
                            drawn_share, version) values (?, ?, ?, ?, ?, ?, 1)""", id, chosen.roundId(),
                    chosen.branchId(), chosen.enumerator(), Timestamp.from(now), share);
        }
    }

    /** What the rules know of an interview: the commune it was recorded in is not known (no location yet). */
    private static InterviewFacts facts(Interview i) {
        Instant start = i.paradata().startedAt() != null ? i.paradata().startedAt() : i.createdAt();
        Instant end = i.paradata().startedAt() != null ? i.paradata().endedAt() : null;
        return new InterviewFacts(i.id(), i.enumerator(), String.valueOf(i.branchId()), null, null, start, end,
                i.paradata().sectionSeconds(), i.answers(), OutcomeCode.INTERVIEWED);
    }
}
