package vn.thuocdo.sampling;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.FrameCatalogue;
import vn.thuocdo.forms.FrameColumn;
import vn.thuocdo.forms.FrameDefinition;
import vn.thuocdo.forms.Input;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.units.CommuneRegister;
import vn.thuocdo.units.Units;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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

    private final SamplingRequests requests;
    private final SamplingFrameStore store;
    private final FrameCatalogue frames;
    private final ObjectProvider<FrameWorkbooks> workbooks;
    private final AuditLog audit;
    private final Clock clock;
    private final CommuneRegister communes;
    private final Rounds rounds;
    private final Units units;
    private final UploadLimits limits;

    SamplingFrames(SamplingRequests requests, SamplingFrameStore store, FrameCatalogue frames,
                   ObjectProvider<FrameWorkbooks> workbooks, AuditLog audit, Clock clock, CommuneRegister communes,
                   Rounds rounds, Units units, UploadLimits limits) {
        this.limits = limits;
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

    /** What an uploaded workbook may be and inflate to; the upload screen states them. */
    public UploadLimits limits() {
        return limits;
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
        if (size > limits.maxBytes()) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.tooLarge", limits.maxMegabytes())));
        }
        List<FrameDefinition> annexes = annexes();
        return workbooks().read(file, annexes, sheets -> attach(request, annexes, sheets, actor));
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
        List<FrameSheet.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new FrameSheet.Line(i + 2, List.copyOf(rows.get(i))));
        }
        List<String> names = List.of(dossiers.sheet());
        FrameSheet typed = FrameSheet.of(dossiers.sheet(), names,
                List.copyOf(dossiers.columns().stream().map(FrameColumn::header).toList()), lines);
        if (!FrameReading.hasData(typed)) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.empty", dossiers.sheet())));
        }
        return attach(request, annexes, List.of(FrameSheet.missing(names), typed), actor);
    }

    /**
     * Replaces Phụ lục 1 with rows given as cell texts in the template's column order, without a workbook: for a
     * caller that holds the frame as data (a province's own system, the demo's synthetic frames). The rows pass
     * exactly the checks of an uploaded sheet, the province's communes included (rows numbered from 2, as in the
     * template), and nothing changes unless every row passes.
     */
    @Transactional
    public AnnexesAttached enterFrame(String taskId, List<List<String>> rows, Actor actor) {
        SamplingRequest request = awaitingSubmission(taskId, actor);
        List<FrameDefinition> annexes = annexes();
        FrameDefinition frame = annexes.get(0);
        List<FrameSheet.Line> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new FrameSheet.Line(i + 2, List.copyOf(rows.get(i))));
        }
        List<String> names = List.of(frame.sheet());
        FrameSheet typed = FrameSheet.of(frame.sheet(), names,
                List.copyOf(frame.columns().stream().map(FrameColumn::header).toList()), lines);
        if (!FrameReading.hasData(typed)) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.empty", frame.sheet())));
        }
        return attach(request, annexes, List.of(typed, FrameSheet.missing(names)), actor);
    }

    private SamplingRequest awaitingSubmission(String taskId, Actor actor) {
        SamplingRequest request = requests.submitTask(taskId, actor).request();
        actor.require(Role.PROVINCIAL_OFFICER, request.unitId());
        if (request.state() != SamplingState.REQUESTED && request.state() != SamplingState.RETURNED) {
            throw new Rejected("sampling.notAwaitingSubmission");
        }
        return request;
    }

    /**
     * Checks every annex the sheets fill in, then replaces those annexes; all of it or nothing. Two passes over
     * Phụ lục 1: the first checks every row (and its commune) keeping only errors, the second writes the rows in
     * batches, so the memory used does not grow with the rows.
     */
    private AnnexesAttached attach(SamplingRequest request, List<FrameDefinition> annexes, List<FrameSheet> sheets,
                                   Actor actor) {
        List<FrameReading.Checked> checked = checkAll(request, annexes, sheets, actor);
        Instant now = clock.instant();
        store.lock(request.id());
        FrameReading.Checked villages = checked.get(0);
        FrameReading.Checked areas = checked.get(1);
        if (villages != null) {
            Consumer<FrameRow> rows = store.replace(request.id(), annexes.get(0).reference(), actor.username(), now);
            FrameReading.check(annexes.get(0), sheets.get(0), line -> rows.accept(FrameRow.of(line)));
            store.flush(rows);
        }
        if (areas != null) {
            store.replaceDossiers(request.id(), annexes.get(1).reference(), FrameReading.check(annexes.get(1),
                    sheets.get(1)).stream().map(DossierCount::of).toList(), actor.username(), now);
        }
        int villageCount = villages == null ? 0 : villages.rows();
        int areaCount = areas == null ? 0 : areas.rows();
        audit.record(actor.username(), actor.unitId(), "sampling.frame", request.roundId() + "/" + request.unitId(),
                villageCount + " villages, " + areaCount + " service areas");
        List<String> totals = new ArrayList<>();
        for (int i = 0; i < annexes.size(); i++) {
            if (checked.get(i) != null && checked.get(i).totalRow() > 0) {
                totals.add(annexes.get(i).sheet());
            }
        }
        return new AnnexesAttached(villageCount, areaCount, totals);
    }

    /**
     * Each annex's check, null for an annex the file leaves out or empty. Every sheet is checked before anything
     * is refused, so the person gets all the errors of the file at once, each naming its sheet. A file that lacks
     * an annex's sheet but has a sheet the template does not know is refused naming the missing sheet: the person
     * most likely renamed it, and keeping the old annex in silence would hide that.
     */
    private List<FrameReading.Checked> checkAll(SamplingRequest request, List<FrameDefinition> annexes,
                                                List<FrameSheet> sheets, Actor actor) {
        List<FrameError> errors = new ArrayList<>();
        List<FrameReading.Checked> checked = new ArrayList<>();
        for (int i = 0; i < annexes.size(); i++) {
            FrameDefinition annex = annexes.get(i);
            FrameSheet sheet = sheets.get(i);
            FrameReading.Checked result = null;
            if (sheet.present() && FrameReading.hasData(sheet)) {
                List<FrameError> communeErrors = new ArrayList<>();
                Consumer<FrameLine> more = i == 0 ? communesOfTheProvince(request, annex, sheet.name(), actor,
                        communeErrors) : line -> { };
                try {
                    result = FrameReading.check(annex, sheet, more);
                } catch (InvalidFrame invalid) {
                    invalid.errors().forEach(e -> errors.add(e.inSheet(sheet.name())));
                }
                errors.addAll(communeErrors);
            }
            checked.add(result);
        }
        List<String> names = sheets.get(0).sheetNames();
        Set<String> known = new HashSet<>(Set.of(FrameWorkbooks.INSTRUCTIONS_SHEET));
        sheets.stream().filter(FrameSheet::present).forEach(s -> known.add(s.name()));
        boolean unknownSheets = names.stream().anyMatch(name -> !known.contains(name));
        boolean anyPresent = sheets.stream().anyMatch(FrameSheet::present);
        boolean nothingFilled = checked.stream().allMatch(Objects::isNull);
        for (int i = 0; anyPresent && i < annexes.size(); i++) {
            if (!sheets.get(i).present() && (unknownSheets || nothingFilled && errors.isEmpty())) {
                errors.add(FrameError.ofFile("frame.sheetMissing", annexes.get(i).sheet(), String.join(", ", names)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFrame(errors);
        }
        if (!anyPresent) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.noAnnex", annexes.get(0).sheet(),
                    annexes.get(1).sheet())));
        }
        if (nothingFilled) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.nothingFilled", annexes.get(0).sheet(),
                    annexes.get(1).sheet())));
        }
        return checked;
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
     * format check only. Errors are added as rows pass, up to {@link FrameReading#MAX_ERRORS}.
     */
    private Consumer<FrameLine> communesOfTheProvince(SamplingRequest request, FrameDefinition frame, String sheet,
                                                      Actor actor, List<FrameError> errors) {
        int year = rounds.find(request.roundId(), actor).orElseThrow().year();
        Set<String> known = communes.codesOf(request.unitId(), LocalDate.of(year, 12, 31));
        if (known.isEmpty()) {
            return line -> { };
        }
        String column = FrameReading.letter(frame.indexOf("communeCode"));
        String province = units.get(request.unitId()).name();
        return line -> {
            String code = line.text("communeCode");
            if (!known.contains(code) && errors.size() < FrameReading.MAX_ERRORS) {
                errors.add(new FrameError(sheet, line.row(), column, "frame.communeNotInProvince",
                        List.of(code, province)));
            }
        };
    }

    /**
     * The frames of the round's units whose sampling information is approved, in unit order: the only frames a
     * survey sample may be drawn from. Units not approved (returned, withdrawn, still awaited) are left out; the
     * caller decides whether that may go on.
     */
    @Transactional(readOnly = true)
    public List<ApprovedFrame> approvedFrames(String roundId) {
        return store.approved(roundId);
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
        return store.rows(requestId, searched(filter), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countFrameRows(String requestId, String filter) {
        return store.count(requestId, searched(filter));
    }

    /** A search typed in any Unicode form, with any padding, finds the rows as they were stored: NFC. */
    private static String searched(String filter) {
        return Input.clean(filter).replaceAll("[\\s\\p{Z}]+", " ");
    }

    private FrameWorkbooks workbooks() {
        FrameWorkbooks adapter = workbooks.getIfAvailable();
        if (adapter == null) {
            throw new IllegalStateException("No spreadsheet adapter (FrameWorkbooks): the integrations module is missing");
        }
        return adapter;
    }
}
