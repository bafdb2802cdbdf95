package vn.thuocdo.council;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.directory.UnitDirectory;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.workflow.Tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The appraisal council of a round: the organiser's coordinator names its members (people with the council-member
 * role in the organising unit) and chair and opens a session; each member votes once per session; the council rule
 * decides (see {@code CouncilDecision.dmn}). Every change is audited; every refusal changes nothing.
 */
@Service
public class Councils {

    /** The member's vote task's route. */
    public static final String VOTE_FORM = "council/vote";
    /** The coordinator's session task's route. */
    public static final String SETUP_FORM = "council/setup";

    private final CouncilStore store;
    private final Rounds rounds;
    private final UnitDirectory directory;
    private final CouncilWorkflow workflow;
    private final ObjectProvider<CouncilAgenda> agenda;
    private final AuditLog audit;
    private final Clock clock;
    private final Tasks tasks;

    Councils(CouncilStore store, Rounds rounds, UnitDirectory directory, CouncilWorkflow workflow,
             ObjectProvider<CouncilAgenda> agenda, AuditLog audit, Clock clock, Tasks tasks) {
        this.tasks = tasks;
        this.store = store;
        this.rounds = rounds;
        this.directory = directory;
        this.workflow = workflow;
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rounds whose council this person runs (coordinator) or sits on (council member), newest year first. */
    @Transactional(readOnly = true)
    public List<Round> rounds(Actor actor) {
        List<Round> all = actor.has(Role.MINISTRY_COORDINATOR) ? rounds.visibleTo(actor).stream()
                .filter(r -> actor.actsFor(r.organiserUnitId())).toList()
                : rounds.reviewedBy(actor).stream().filter(r -> store.members(r.id()).stream()
                        .anyMatch(m -> m.username().equals(actor.username()))).toList();
        return all.stream().sorted(Comparator.comparingInt(Round::year).reversed()).toList();
    }

    /** The round of a council task from the inbox, if this person may do it ({@link #VOTE_FORM}, {@link #SETUP_FORM}). */
    @Transactional(readOnly = true)
    public String roundOfTask(String taskId, String formKey, Actor actor) {
        return tasks.open(taskId, actor, formKey).roundId();
    }

    /** The council of a round for its coordinator or one of its members. */
    @Transactional(readOnly = true)
    public CouncilBoard board(String roundId, Actor actor) {
        Round round = readable(roundId, actor);
        List<Member> members = store.members(roundId);
        boolean coordinator = actor.has(Role.MINISTRY_COORDINATOR);
        if (!coordinator && members.stream().noneMatch(m -> m.username().equals(actor.username()))) {
            throw new AccessDenied(actor.username(), "council:" + roundId);
        }
        Optional<Session> current = store.latest(roundId);
        List<Vote> votes = current.map(s -> store.votes(s.id())).orElse(List.of());
        Tally tally = current.map(s -> tally(s, votes)).orElse(new Tally(members.size(), 0, 0, 0));
        Optional<Vote> own = votes.stream().filter(v -> v.username().equals(actor.username())).findFirst();
        boolean sealed = current.isPresent() && !current.get().decided();
        return new CouncilBoard(round, members, store.sessions(roundId), current, tally, sealed ? List.of() : votes,
                own, results(roundId), coordinator && workflow.waitingForSession(roundId).isPresent());
    }

    /** The people the coordinator may name: those with the council-member role in the organising unit. */
    @Transactional(readOnly = true)
    public List<UnitDirectory.Person> candidates(String roundId, Actor actor) {
        Round round = organised(roundId, actor);
        return directory.people(round.organiserUnitId(), Role.COUNCIL_MEMBER);
    }

    @Transactional
    public void name(String roundId, String username, Actor actor) {
        Round round = organised(roundId, actor);
        requireNoOpenSession(roundId);
        String name = username == null ? "" : username.strip();
        UnitDirectory.Person person = name.length() > 100 ? null : directory.people(round.organiserUnitId(),
                Role.COUNCIL_MEMBER).stream().filter(p -> p.username().equals(name)).findFirst().orElse(null);
        if (person == null) {
            throw new Rejected("council.notCouncilMember", name.length() > 100 ? name.substring(0, 100) : name);
        }
        if (store.members(roundId).stream().anyMatch(m -> m.username().equals(name))) {
            throw new Rejected("council.alreadyMember", person.displayName());
        }
        store.addMember(roundId, person.username(), person.displayName(), actor.username(), clock.instant());
        audit.record(actor.username(), actor.unitId(), "council.name", roundId, person.username());
    }

    @Transactional
    public void remove(String roundId, String username, Actor actor) {
        organised(roundId, actor);
        requireNoOpenSession(roundId);
        if (!store.removeMember(roundId, username)) {
            throw new Rejected("council.notMember");
        }
        audit.record(actor.username(), actor.unitId(), "council.remove", roundId, username);
    }

    @Transactional
    public void chair(String roundId, String username, Actor actor) {
        organised(roundId, actor);
        requireNoOpenSession(roundId);
        if (store.members(roundId).stream().noneMatch(m -> m.username().equals(username))) {
            throw new Rejected("council.notMember");
        }
        store.chair(roundId, username);
        audit.record(actor.username(), actor.unitId(), "council.chair", roundId, username);
    }

    /**
     * Opens the round's next session: its members are the council now, its votes close at the end of
     * {@code closesOn} (Vietnam's day), by default the council stage's deadline. The council needs a chair and the
     * stage must be waiting for a session.
     */
    @Transactional
    public Session open(String roundId, LocalDate closesOn, Actor actor) {
        organised(roundId, actor);
        requireNoOpenSession(roundId);
        List<Member> members = store.members(roundId);
        if (members.isEmpty()) {
            throw new Rejected("council.noMembers");
        }
        if (members.stream().noneMatch(Member::chair)) {
            throw new Rejected("council.noChair");
        }
        if (closesOn == null) {
            throw new Rejected("council.closesOnRequired");
        }
        if (closesOn.isBefore(TimeZones.today(clock))) {
            throw new Rejected("council.closesOnPast");
        }
        String task = workflow.waitingForSession(roundId).orElseThrow(() -> new Rejected("council.notAtCouncil"));
        int number = store.sessions(roundId).size() + 1;
        Session session = new Session(UUID.randomUUID().toString(), roundId, number, actor.username(),
                clock.instant(), TimeZones.endOf(closesOn).toInstant(), members.size(), null, null);
        store.insertSession(session);
        agenda.ifAvailable(compiled -> compiled.sessionOpened(roundId, session.id()));
        workflow.opened(task, session.id(), session.closesAt());
        audit.record(actor.username(), actor.unitId(), "council.open", roundId,
                "session " + number + ", " + members.size() + " members");
        return session;
    }

    /**
     * A member's vote in the open session. Refused: another role or unit, someone not on the council, no open
     * session, a decided session, a second vote, a send-back without units or comment.
     */
    @Transactional
    public void vote(String roundId, Ballot ballot, Actor actor) {
        Round round = rounds.reviewedBy(actor).stream().filter(r -> r.id().equals(roundId)).findFirst()
                .orElseThrow(() -> new AccessDenied(actor.username(), Role.COUNCIL_MEMBER.key()));
        actor.require(Role.COUNCIL_MEMBER, round.organiserUnitId());
        if (store.members(roundId).stream().noneMatch(m -> m.username().equals(actor.username()))) {
            throw new AccessDenied(actor.username(), "council:" + roundId);
        }
        Session session = store.latest(roundId).orElseThrow(() -> new Rejected("council.noSession"));
        if (session.decided()) {
            throw new Rejected("council.decided");
        }
        Ballot checked = Ballots.check(ballot, round.participants());
        boolean added;
        try {
            added = store.insertVote(session.id(), actor.username(), actor.displayName() == null ? actor.username()
                    : actor.displayName(), checked, clock.instant());
        } catch (DuplicateKeyException twoClicksAtOnce) {
            added = false;
        }
        if (!added) {
            throw new Rejected("council.alreadyVoted");
        }
        if (!workflow.voted(roundId, actor.username())) {
            // Their task went with the decision (the rule decided early, or the deadline passed): nothing is kept.
            throw new Rejected("council.decided");
        }
        audit.record(actor.username(), actor.unitId(), "council.vote", roundId,
                "session " + session.number() + ": " + checked.choice());
    }

    private Tally tally(Session session, List<Vote> votes) {
        int approvals = (int) votes.stream().filter(v -> v.choice() == Choice.APPROVE).count();
        return new Tally(session.members(), votes.size(), approvals, votes.size() - approvals);
    }

    private List<CouncilAgenda.UnitResult> results(String roundId) {
        CouncilAgenda compiled = agenda.getIfAvailable();
        if (compiled == null) {
            return List.of();
        }
        return compiled.results(roundId).stream()
                .sorted(Comparator.comparing(CouncilAgenda.UnitResult::percent,
                        Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    private void requireNoOpenSession(String roundId) {
        if (store.latest(roundId).filter(s -> !s.decided()).isPresent()) {
            throw new Rejected("council.sessionOpen");
        }
    }

    private Round organised(String roundId, Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            // Another role asking for the coordinator's side is a refusal of access (audited), not a missing round.
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.key());
        }
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        actor.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        return round;
    }

    private Round readable(String roundId, Actor actor) {
        if (actor.has(Role.MINISTRY_COORDINATOR)) {
            return organised(roundId, actor);
        }
        return rounds.reviewedBy(actor).stream().filter(r -> r.id().equals(roundId)).findFirst()
                .orElseThrow(() -> new AccessDenied(actor.username(), Role.COUNCIL_MEMBER.key()));
    }
}
