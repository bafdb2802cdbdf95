package vn.thuocdo.sampling;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.FrameCatalogue;
import vn.thuocdo.forms.FrameColumn;
import vn.thuocdo.forms.FrameDefinition;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.CommuneRegister;
import vn.thuocdo.units.Units;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The annexes a unit attaches to its sampling request, in one workbook: the sampling frame (Phụ lục 1, villages with
 * households and population) and the dossier counts (Phụ lục 2, per service area). The template to fill in, the
 * upload that replaces each annex it fills in as a whole or changes nothing, and what each adds up to.
 */
@Service
public class SamplingFrames {

    /** The frame template's id in the catalogue; new uploads follow its newest version. */
    public static final String FRAME = "sampling-frame";
    /** Phụ lục 2's id in the catalogue. */
    public static final String DOSSIERS = "dossier-counts";
    /** Larger files are refused before a byte is read; the UI's upload has the same limit. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final SamplingRequests requests;
    private final SamplingFrameStore store;
    private final FrameCatalogue frames;
    private final ObjectProvider<FrameWorkbooks> workbooks;
    private final AuditLog audit;
    private final Clock clock;
    private final CommuneRegister communes;
    private final Rounds rounds;
    private final Units units;

    SamplingFrames(SamplingRequests requests, SamplingFrameStore store, FrameCatalogue frames,
                   ObjectProvider<FrameWorkbooks> workbooks, AuditLog audit, Clock clock, CommuneRegister communes,
                   Rounds rounds, Units units) {
        this.communes = communes;
        this.rounds = rounds;
        this.units = units;
        this.requests = requests;
        this.store = store;
        this.frames = frames;
        this.workbooks = workbooks;
        this.audit = audit;
        this.clock = clock;
        requireRowColumns(frames.latest(FRAME), FrameRow.KEYS);
        requireRowColumns(frames.latest(DOSSIERS), DossierCount.KEYS);
        if (frames.latest(FRAME).sheet().equals(frames.latest(DOSSIERS).sheet())) {
            throw new DefinitionInvalid("Phụ lục 1 and Phụ lục 2 need sheets of their own");
        }
    }

    /** A template whose rows could not become the annex's records stops the start, not the first upload. */
    static void requireRowColumns(FrameDefinition frame, List<String> keys) {
        for (String key : keys) {
            if (!frame.column(key).map(FrameColumn::required).orElse(false)) {
                throw new DefinitionInvalid(frame.reference() + ": the annex needs a required column " + key);
            }
        }
    }

    /** Phụ lục 1 as new uploads follow it. */
    public FrameDefinition definition() {
        return frames.latest(FRAME);
    }

    /** Both annexes as new uploads follow them, in the workbook's order. */
    public List<FrameDefinition> annexes() {
        return List.of(frames.latest(FRAME), frames.latest(DOSSIERS));
    }

    /** The empty .xlsx template: a sheet per annex and the instructions. */
    public byte[] template() {
        return workbooks().template(annexes());
    }

    /**
     * Replaces the annexes of the unit's request that an uploaded .xlsx fills in; an annex's sheet left empty (or
     * missing) keeps what was attached before. The task must be the unit's open submit task, as for submitting.
     * Refuses an oversized file before reading it, and any file with a problem with every problem of every sheet
     * ({@link InvalidFrame}); then nothing changes.
     */
    @Transactional
    public AnnexesAttached attachFrame(String taskId, InputStream file, long size, Actor actor) {
        SamplingRequest request = awaitingSubmission(taskId, actor);
        if (size > MAX_BYTES) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        List<FrameDefinition> annexes = annexes();
        return attach(request, annexes, workbooks().read(file, annexes), actor);
    }

    /**
     * Replaces Phụ lục 2 with rows typed on the screen, each a list of cell texts in the template's column order.
     * They pass exactly the checks of an uploaded sheet (rows numbered as in the template, from 2), so a row
     * refused on screen would be refused in a file, and nothing changes unless every row passes.
     */
    @Transactional
    public AnnexesAttached enterDossiers(String taskId, List<List<String>> rows, Actor actor) {
        SamplingRequest request = awaitingSubmission(taskId, actor);
        List<FrameDefinition> annexes = annexes();
        FrameDefinition dossiers = annexes.get(1);
        List<FrameSheet.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new FrameSheet.Line(i + 2, List.copyOf(rows.get(i))));
        }
        FrameSheet typed = new FrameSheet(List.of(dossiers.sheet()),
                List.copyOf(dossiers.columns().stream().map(FrameColumn::header).toList()), lines);
        if (!FrameReading.hasData(typed)) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.empty", dossiers.sheet())));
        }
        FrameSheet none = new FrameSheet(List.of(dossiers.sheet()), List.of(), List.of());
        return attach(request, annexes, List.of(none, typed), actor);
    }

    private SamplingRequest awaitingSubmission(String taskId, Actor actor) {
        SamplingRequest request = requests.submitTask(taskId, actor).request();
        actor.require(Role.PROVINCIAL_OFFICER, request.unitId());
        if (request.state() != SamplingState.REQUESTED && request.state() != SamplingState.RETURNED) {
            throw new Rejected("sampling.notAwaitingSubmission");
        }
        return request;
    }

    /** Checks every annex the sheets fill in, then replaces those annexes; all of it or nothing. */
    private AnnexesAttached attach(SamplingRequest request, List<FrameDefinition> annexes, List<FrameSheet> sheets,
                                   Actor actor) {
        List<List<FrameLine>> filled = filledIn(annexes, sheets);
        if (!filled.get(0).isEmpty()) {
            requireCommunesOfTheProvince(request, annexes.get(0), filled.get(0).stream().map(FrameRow::of).toList(),
                    actor);
        }
        Instant now = clock.instant();
        store.lock(request.id());
        List<FrameLine> villages = filled.get(0);
        List<FrameLine> areas = filled.get(1);
        if (!villages.isEmpty()) {
            store.replace(request.id(), annexes.get(0).reference(), villages.stream().map(FrameRow::of).toList(),
                    actor.username(), now);
        }
        if (!areas.isEmpty()) {
            store.replaceDossiers(request.id(), annexes.get(1).reference(),
                    areas.stream().map(DossierCount::of).toList(), actor.username(), now);
        }
        audit.record(actor.username(), actor.unitId(), "sampling.frame", request.roundId() + "/" + request.unitId(),
                villages.size() + " villages, " + areas.size() + " service areas");
        return new AnnexesAttached(villages.size(), areas.size());
    }

    /**
     * Each annex's accepted rows, empty for an annex the file leaves out. Every sheet is checked before anything
     * is refused, so the person gets all the errors of the file at once, each naming its sheet.
     */
    private static List<List<FrameLine>> filledIn(List<FrameDefinition> annexes, List<FrameSheet> sheets) {
        List<FrameError> errors = new java.util.ArrayList<>();
        List<List<FrameLine>> filled = new java.util.ArrayList<>();
        boolean anySheet = false;
        for (int i = 0; i < annexes.size(); i++) {
            FrameDefinition annex = annexes.get(i);
            FrameSheet sheet = sheets.get(i);
            boolean present = sheet.sheetNames().contains(annex.sheet());
            anySheet |= present;
            List<FrameLine> lines = List.of();
            if (present && FrameReading.hasData(sheet)) {
                try {
                    lines = FrameReading.check(annex, sheet);
                } catch (InvalidFrame invalid) {
                    invalid.errors().forEach(e -> errors.add(e.inSheet(annex.sheet())));
                }
            }
            filled.add(lines);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFrame(errors);
        }
        if (!anySheet) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.noAnnex", annexes.get(0).sheet(),
                    annexes.get(1).sheet())));
        }
        if (filled.stream().allMatch(List::isEmpty)) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.nothingFilled", annexes.get(0).sheet(),
                    annexes.get(1).sheet())));
        }
        return filled;
    }

    @Transactional(readOnly = true)
    public Optional<DossierSummary> dossierSummary(String requestId) {
        return store.dossierSummary(requestId);
    }

    @Transactional(readOnly = true)
    public List<DossierCount> dossierCounts(String requestId) {
        return store.dossiers(requestId);
    }

    /**
     * Every row's commune must be one of the province's on 31/12 of the round's year, the day a round's units are
     * taken on. A province without a register that day (before the 2025 reorganisation, or none shipped) keeps the
     * format check only.
     */
    private void requireCommunesOfTheProvince(SamplingRequest request, FrameDefinition frame, List<FrameRow> rows,
                                              Actor actor) {
        int year = rounds.find(request.roundId(), actor).orElseThrow().year();
        Set<String> known = communes.codesOf(request.unitId(), LocalDate.of(year, 12, 31));
        if (known.isEmpty()) {
            return;
        }
        String column = FrameReading.letter(frame.indexOf("communeCode"));
        String province = units.get(request.unitId()).name();
        List<FrameError> errors = rows.stream().filter(row -> !known.contains(row.communeCode()))
                .limit(FrameReading.MAX_ERRORS)
                .map(row -> new FrameError(frame.sheet(), row.row(), column, "frame.communeNotInProvince",
                        List.of(row.communeCode(), province)))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidFrame(errors);
        }
    }

    @Transactional(readOnly = true)
    public Optional<FrameSummary> frameSummary(String requestId) {
        return store.summary(requestId);
    }

    @Transactional(readOnly = true)
    public List<FrameRow> frameRows(String requestId) {
        return store.rows(requestId);
    }

    /**
     * A page of the request's frame for a reviewer or the unit's officer, filtered by commune code or name or
     * village; a search for nothing is the whole frame.
     */
    @Transactional(readOnly = true)
    public List<FrameRow> frameRows(String requestId, String filter, int offset, int limit) {
        return store.rows(requestId, filter == null ? "" : filter.strip(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countFrameRows(String requestId, String filter) {
        return store.count(requestId, filter == null ? "" : filter.strip());
    }

    private FrameWorkbooks workbooks() {
        FrameWorkbooks adapter = workbooks.getIfAvailable();
        if (adapter == null) {
            throw new IllegalStateException("No spreadsheet adapter (FrameWorkbooks): the integrations module is missing");
        }
        return adapter;
    }
}
