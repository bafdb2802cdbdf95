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
 * The sampling frame (Phụ lục 1) a unit attaches to its sampling request: the template to fill in, the upload that
 * replaces the whole frame or changes nothing, and what the frame adds up to.
 */
@Service
public class SamplingFrames {

    /** The frame template's id in the catalogue; new uploads follow its newest version. */
    public static final String FRAME = "sampling-frame";
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
        requireRowColumns(frames.latest(FRAME));
    }

    /** A template whose rows could not become {@link FrameRow}s stops the start, not the first upload. */
    static void requireRowColumns(FrameDefinition frame) {
        for (String key : FrameRow.KEYS) {
            if (!frame.column(key).map(FrameColumn::required).orElse(false)) {
                throw new DefinitionInvalid(frame.reference() + ": the sampling frame needs a required column " + key);
            }
        }
    }

    public FrameDefinition definition() {
        return frames.latest(FRAME);
    }

    /** The empty .xlsx template of the current frame definition. */
    public byte[] template() {
        return workbooks().template(definition());
    }

    /**
     * Replaces the frame of the unit's request with the rows of an uploaded .xlsx. The task must be the unit's open
     * submit task, as for submitting. Refuses an oversized file before reading it, and any file with a problem
     * with every problem found ({@link InvalidFrame}); then nothing changes.
     */
    @Transactional
    public FrameSummary attachFrame(String taskId, InputStream file, long size, Actor actor) {
        SamplingRequest request = requests.submitTask(taskId, actor).request();
        actor.require(Role.PROVINCIAL_OFFICER, request.unitId());
        if (request.state() != SamplingState.REQUESTED && request.state() != SamplingState.RETURNED) {
            throw new Rejected("sampling.notAwaitingSubmission");
        }
        if (size > MAX_BYTES) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        FrameDefinition frame = definition();
        List<FrameRow> rows = workbooks().read(file, frame);
        requireCommunesOfTheProvince(request, frame, rows, actor);
        Instant now = clock.instant();
        store.lock(request.id());
        store.replace(request.id(), frame.reference(), rows, actor.username(), now);
        audit.record(actor.username(), actor.unitId(), "sampling.frame", request.roundId() + "/" + request.unitId(),
                rows.size() + " rows");
        return store.summary(request.id()).orElseThrow();
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
                .map(row -> new FrameError(row.row(), column, "frame.communeNotInProvince",
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

    private FrameWorkbooks workbooks() {
        FrameWorkbooks adapter = workbooks.getIfAvailable();
        if (adapter == null) {
            throw new IllegalStateException("No spreadsheet adapter (FrameWorkbooks): the integrations module is missing");
        }
        return adapter;
    }
}
