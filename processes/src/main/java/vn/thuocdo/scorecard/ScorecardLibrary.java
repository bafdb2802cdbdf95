package vn.thuocdo.scorecard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.forms.scorecard.Scorecards;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scorecards in force: the defaults shipped in forms/ (validated at start: a broken one stops the application)
 * and the official versions imported from the Excel template (table {@code scorecard_version}), which win over a
 * default for the years they cover. An id already shipped or imported is refused, so an id always means the same
 * criteria.
 */
@Service
public class ScorecardLibrary {

    private final ScorecardCatalogue shipped;
    private final ScorecardStore store;
    private final ObjectProvider<ScorecardWorkbooks> workbooks;
    private final UploadLimits limits;
    private final AuditLog audit;
    private final Clock clock;
    /** Imported versions once parsed: immutable, so parsed once per id. */
    private final Map<String, Scorecard> parsed = new ConcurrentHashMap<>();

    ScorecardLibrary(ScorecardStore store, ObjectProvider<ScorecardWorkbooks> workbooks, UploadLimits limits,
                     AuditLog audit, Clock clock) {
        this.shipped = ScorecardCatalogue.load();
        this.store = store;
        this.workbooks = workbooks;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Shipped and imported scorecards together: what the self-assessment and the index read. */
    @Transactional(readOnly = true)
    public ScorecardCatalogue catalogue() {
        return shipped.with(store.all().stream().map(this::parse).toList());
    }

    /** The scorecard for a kind of unit in an evaluation year: the latest imported one for it, else the default. */
    @Transactional(readOnly = true)
    public Optional<Scorecard> forYear(Scorecard.Kind kind, int year) {
        return catalogue().forYear(kind, year);
    }

    /** A scorecard by id, shipped or imported. */
    @Transactional(readOnly = true)
    public Optional<Scorecard> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        return catalogue().find(id);
    }

    /** Every scorecard with where it came from, for the administrator's list: shipped first, then imported. */
    @Transactional(readOnly = true)
    public List<ScorecardEntry> entries(Actor actor) {
        requireCoordinator(actor);
        List<ScorecardEntry> entries = new ArrayList<>();
        shipped.all().forEach(s -> entries.add(new ScorecardEntry(s, ScorecardEntry.Source.SHIPPED,
                sha256(Scorecards.write(s)), null, null, null)));
        for (ScorecardStore.Stored stored : store.all()) {
            String who = stored.importedByName() == null || stored.importedByName().isBlank() ? stored.importedBy()
                    : stored.importedByName();
            entries.add(new ScorecardEntry(parse(stored), ScorecardEntry.Source.IMPORTED, stored.checksum(), who,
                    stored.importedUnit(), stored.importedAt()));
        }
        return entries;
    }

    /**
     * Imports an official scorecard from the Excel template as a new version, all or nothing.
     *
     * @throws InvalidScorecardWorkbook listing every row to fix (cells the template does not allow, and whatever the
     *                                  scorecard's own rules refuse); {@link Rejected} {@code scorecard.exists} when
     *                                  the id is already shipped or imported
     */
    @Transactional
    public ScorecardEntry importWorkbook(InputStream in, long size, Actor actor) {
        requireCoordinator(actor);
        if (size > limits.maxBytes()) {
            throw new InvalidScorecardWorkbook(List.of(ScorecardWorkbookError.ofFile("scorecard.workbook.tooLarge",
                    limits.maxMegabytes())));
        }
        Scorecard scorecard = workbooks().read(in);
        if (shipped.find(scorecard.id()).isPresent() || store.exists(scorecard.id())) {
            throw new Rejected("scorecard.exists", scorecard.id());
        }
        String json = Scorecards.write(scorecard);
        String checksum = sha256(json);
        try {
            store.insert(scorecard.id(), scorecard.version(), scorecard.kind().name(), scorecard.years().from(),
                    scorecard.years().to(), cut(scorecard.title().vi(), 500), json, checksum, actor.username(),
                    actor.unitId(), clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new Rejected("scorecard.exists", scorecard.id());
        }
        audit.remember(actor);
        audit.record(actor.username(), actor.unitId(), "scorecard.import", scorecard.id(),
                "sha256 " + checksum + ", " + scorecard.subCriteria().size() + " sub-criteria");
        return entries(actor).stream().filter(e -> e.scorecard().id().equals(scorecard.id())).findFirst()
                .orElseThrow();
    }

    /** A scorecard as the Excel template, which {@link #importWorkbook} reads back into the same definition. */
    @Transactional
    public byte[] exportWorkbook(String id, Actor actor) {
        requireCoordinator(actor);
        Scorecard scorecard = find(id).orElseThrow(() -> new Rejected("scorecard.unknown", cut(id, 64)));
        audit.record(actor.username(), actor.unitId(), "scorecard.export", scorecard.id(), null);
        return workbooks().write(scorecard);
    }

    /**
     * Scorecards are the ministry's methodology: any ministry coordinator may import a version (the role is held in
     * the coordinating unit), nobody else.
     */
    private static void requireCoordinator(Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.groupIn(actor.unitId()));
        }
    }

    /** The spreadsheet adapter lives in integrations: processes' own tests run without it. */
    private ScorecardWorkbooks workbooks() {
        ScorecardWorkbooks adapter = workbooks.getIfAvailable();
        if (adapter == null) {
            throw new IllegalStateException("No scorecard workbook adapter: the integrations module is missing");
        }
        return adapter;
    }

    private Scorecard parse(ScorecardStore.Stored stored) {
        return parsed.computeIfAbsent(stored.id(), id -> Scorecards.parse(stored.definition()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static String cut(String text, int length) {
        return text == null ? "" : text.substring(0, Math.min(text.length(), length));
    }
}
