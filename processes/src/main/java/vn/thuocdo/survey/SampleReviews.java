package vn.thuocdo.survey;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading a round's sample: for its coordinator every version, figure and unit; for a province's officer only
 * the communes and villages of its own unit in the approved version, never a household.
 */
@Service
public class SampleReviews {

    private final SampleStore store;
    private final SampleDrawing drawing;
    private final Rounds rounds;
    private final Units units;
    private final Tasks tasks;
    private final ObjectProvider<SampleWorkbooks> workbooks;

    SampleReviews(SampleStore store, SampleDrawing drawing, Rounds rounds, Units units, Tasks tasks,
                  ObjectProvider<SampleWorkbooks> workbooks) {
        this.store = store;
        this.drawing = drawing;
        this.rounds = rounds;
        this.units = units;
        this.tasks = tasks;
        this.workbooks = workbooks;
    }

    /** The choice task, with the round and its plan so far (to choose again from what was chosen). */
    @Transactional(readOnly = true)
    public DesignTask designTask(String taskId, Actor actor) {
        WorkItem task = tasks.open(taskId, actor, SurveyForms.DESIGN);
        Round round = organised(task.roundId(), actor);
        return new DesignTask(task, round, store.plan(round.id()), drawing.designs());
    }

    /** The review task: the version under review with its figures. */
    @Transactional(readOnly = true)
    public SampleReview reviewTask(String taskId, Actor actor) {
        WorkItem task = tasks.open(taskId, actor, SurveyForms.REVIEW);
        SampleVersion draft = store.inState(task.roundId(), SampleState.DRAFT)
                .orElseThrow(() -> new Rejected("survey.nothingToApprove"));
        return review(organised(task.roundId(), actor), draft);
    }

    /** The round's current sample (approved, else under review), for its coordinator. */
    @Transactional(readOnly = true)
    public Optional<SampleReview> current(String roundId, Actor actor) {
        Round round = organised(roundId, actor);
        return store.inState(roundId, SampleState.APPROVED).or(() -> store.inState(roundId, SampleState.DRAFT))
                .map(v -> review(round, v));
    }

    /** One version of the round's sample, for its coordinator. */
    @Transactional(readOnly = true)
    public SampleReview version(String sampleId, Actor actor) {
        SampleVersion version = store.find(sampleId).orElseThrow(() -> new Rejected("survey.sampleNotFound"));
        return review(organised(version.roundId(), actor), version);
    }

    /** Every unit of a version, or of one province of it, for its coordinator's drill-down. */
    @Transactional(readOnly = true)
    public List<SampleUnit> units(String sampleId, String unitId, Actor actor) {
        SampleVersion version = store.find(sampleId).orElseThrow(() -> new Rejected("survey.sampleNotFound"));
        organised(version.roundId(), actor);
        return store.units(sampleId, unitId, SampleStage.HOUSEHOLD);
    }

    /** The officer's own province's communes and villages in the round's approved sample. */
    @Transactional(readOnly = true)
    public ProvinceSample provinceSample(String roundId, Actor actor) {
        if (!actor.has(Role.PROVINCIAL_OFFICER)) {
            throw new AccessDenied(actor.username(), Role.PROVINCIAL_OFFICER.groupIn(actor.unitId()));
        }
        Round round = rounds.find(roundId, actor).filter(r -> r.participants().contains(actor.unitId()))
                .orElseThrow(() -> new Rejected("round.notFound"));
        SampleVersion approved = store.inState(roundId, SampleState.APPROVED)
                .orElseThrow(() -> new Rejected("survey.sampleNotApproved"));
        return new ProvinceSample(round, approved, actor.unitId(),
                store.units(approved.id(), actor.unitId(), SampleStage.VILLAGE));
    }

    /** The officer's rounds that have an approved sample, newest year first. */
    @Transactional(readOnly = true)
    public List<Round> roundsWithApprovedSample(Actor actor) {
        return rounds.visibleTo(actor).stream().filter(r -> r.participants().contains(actor.unitId()))
                .filter(r -> store.inState(r.id(), SampleState.APPROVED).isPresent())
                .sorted(java.util.Comparator.comparingInt(Round::year).reversed()).toList();
    }

    /** The rounds this coordinator organises that have a sample (approved or under review), newest year first. */
    @Transactional(readOnly = true)
    public List<Round> roundsWithSample(Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            return List.of();
        }
        return rounds.visibleTo(actor).stream().filter(r -> actor.actsFor(r.organiserUnitId()))
                .filter(r -> store.inState(r.id(), SampleState.APPROVED).or(() -> store.inState(r.id(),
                        SampleState.DRAFT)).isPresent())
                .sorted(java.util.Comparator.comparingInt(Round::year).reversed()).toList();
    }

    /** The whole version as a workbook, households included, for its coordinator. */
    @Transactional(readOnly = true)
    public byte[] workbook(String sampleId, SampleWorkbooks.Labels labels, Actor actor) {
        SampleReview review = version(sampleId, actor);
        return workbooks().write(sheet(review, true), review.provinces(),
                store.units(sampleId, null, SampleStage.HOUSEHOLD), labels);
    }

    /** The province's approved part as a workbook: its communes and villages, no household sheet. */
    @Transactional(readOnly = true)
    public byte[] provinceWorkbook(String roundId, SampleWorkbooks.Labels labels, Actor actor) {
        ProvinceSample own = provinceSample(roundId, actor);
        List<ProvinceSummary> summary = summaries(own.version()).stream()
                .filter(s -> s.unitId().equals(actor.unitId())).toList();
        SampleReview review = new SampleReview(own.round(), store.plan(roundId).orElse(null), own.version(),
                List.of(own.version()), summary, null);
        return workbooks().write(sheet(review, false), summary, own.units(), labels);
    }

    /** Draws the version again from its seed and design over today's frames and compares the fingerprints. */
    @Transactional(readOnly = true)
    public Reproduction check(String sampleId, Actor actor) {
        SampleVersion version = store.find(sampleId).orElseThrow(() -> new Rejected("survey.sampleNotFound"));
        organised(version.roundId(), actor);
        SampleDrawing.Drawn again = drawing.draw(version.roundId(), version.design(), version.seed());
        return new Reproduction(version, again.framesFingerprint(), again.sampleFingerprint(),
                again.framesFingerprint().equals(version.framesFingerprint()),
                again.sampleFingerprint().equals(version.sampleFingerprint()));
    }

    private SampleReview review(Round round, SampleVersion version) {
        List<ProvinceSummary> provinces = summaries(version);
        return new SampleReview(round, store.plan(round.id()).orElse(null), version, store.versions(round.id()),
                provinces, SampleSummaries.national(store.figures(version.id())));
    }

    private List<ProvinceSummary> summaries(SampleVersion version) {
        List<SampleStore.Figures> figures = store.figures(version.id());
        Map<String, Unit> names = units.byId(figures.stream().map(SampleStore.Figures::unitId).toList());
        return figures.stream().map(f -> SampleSummaries.of(f, names.get(f.unitId())))
                .sorted(java.util.Comparator.comparing(ProvinceSummary::unitCode)).toList();
    }

    private SampleWorkbooks.SampleSheet sheet(SampleReview review, boolean households) {
        Map<String, String> names = new java.util.HashMap<>();
        review.provinces().forEach(p -> names.put(p.unitId(), p.unitCode() + " · " + p.unitName()));
        return new SampleWorkbooks.SampleSheet(review.round().name(), review.round().year(), review.version(),
                review.plan() == null ? null : review.plan().choice(), households, names);
    }

    private Round organised(String roundId, Actor actor) {
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        actor.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        return round;
    }

    private SampleWorkbooks workbooks() {
        SampleWorkbooks adapter = workbooks.getIfAvailable();
        if (adapter == null) {
            throw new IllegalStateException("No spreadsheet adapter (SampleWorkbooks): the integrations module is missing");
        }
        return adapter;
    }

    /** The choice task with what the screen needs to offer. */
    public record DesignTask(WorkItem task, Round round, Optional<SurveyPlan> plan,
                             List<vn.thuocdo.forms.design.SampleDesign> designs) {
    }
}
