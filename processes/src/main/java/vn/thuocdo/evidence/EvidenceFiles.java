package vn.thuocdo.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evidence files (tài liệu kiểm chứng) of a unit's self-assessment: attached per sub-criterion, listed, opened,
 * previewed and withdrawn. Every upload is bounded while it streams, typed by its content, hashed, scanned when a
 * scanner is configured, and only then kept; a refused one leaves neither a row nor stored content. Files are
 * withdrawn, never deleted, so a score's evidence survives every change of the score.
 */
@Service
public class EvidenceFiles {

    private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);
    /** A sub-criterion's code in the scorecard: "1", "1.2", "1.2.3", "A.1" - no spaces, no path characters. */
    private static final Pattern CRITERION = Pattern.compile("[0-9A-Za-z]{1,8}(\\.[0-9A-Za-z]{1,8}){0,5}");
    public static final int MAX_CRITERION = 40;
    public static final int MAX_REASON = 1000;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeZones.VIETNAM);

    private final EvidenceRecords records;
    private final EvidenceStore store;
    private final EvidenceAccess access;
    private final EvidenceSettings settings;
    private final ObjectProvider<VirusScanner> scanner;
    private final ObjectProvider<EvidencePreview> previews;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EvidenceFiles(EvidenceRecords records, EvidenceStore store, EvidenceAccess access, EvidenceSettings settings,
                  ObjectProvider<VirusScanner> scanner, ObjectProvider<EvidencePreview> previews, AuditLog audit,
                  TransactionTemplate transaction, Clock clock) {
        this.records = records;
        this.store = store;
        this.access = access;
        this.settings = settings;
        this.scanner = scanner;
        this.previews = previews;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The limits the upload screen states. */
    public EvidenceSettings settings() {
        return settings;
    }

    /**
     * Receives one file for a sub-criterion. Refused, with nothing kept: over the size limit (reading stops at the
     * first byte past it), an executable or any content that is not PDF, DOCX, XLSX or an image, a name whose
     * extension disagrees with the content, the same content already attached to this criterion, a virus, or a
     * scanner that cannot be reached when scanning is on (fail-closed).
     */
    public EvidenceFile attach(Actor actor, String roundId, String unitId, String criterion, String fileName,
                               InputStream content) {
        access.requireContributor(actor, roundId, unitId);
        String code = criterion(criterion);
        String name = FileNames.cleaned(fileName);
        try (Received received = Received.from(content, settings.maxBytes())) {
            if (received.size() == 0) {
                throw new Rejected("evidence.empty");
            }
            // Scanned first: malware is reported (and audited) as such, whatever its type would have been.
            VirusScanner scanning = scanner.getIfAvailable(() -> VirusScanner.NONE);
            scan(scanning, received, actor, unitId, name);
            EvidenceType type = ContentInspection.inspect(received.file());
            FileNames.requireAgreement(name, type);
            records.sameContent(roundId, unitId, code, received.sha256()).ifPresent(same -> {
                throw new Rejected("evidence.duplicate", same.fileName(), SHOWN.format(same.uploadedAt()));
            });
            String id = UUID.randomUUID().toString();
            EvidenceFile file = new EvidenceFile(id, roundId, unitId, code, name, type, received.size(),
                    received.sha256(), actor.username(), actor.displayName(), now(),
                    scanning.scans() ? EvidenceFile.ScanOutcome.CLEAN : EvidenceFile.ScanOutcome.NOT_SCANNED,
                    null, null, null, null, null, null);
            return transaction.execute(status -> {
                String reference;
                try (InputStream in = received.open()) {
                    reference = store.put(id, in);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                EvidenceFile kept = withReference(file, reference);
                records.insert(kept);
                audit.record(actor.username(), unitId, "evidence-attached", "evidence:" + id,
                        code + " " + name + " sha256=" + received.sha256());
                return kept;
            });
        }
    }

    private void scan(VirusScanner scanning, Received received, Actor actor, String unitId, String name) {
        if (!scanning.scans()) {
            return;
        }
        VirusScanner.Verdict verdict;
        try (InputStream in = received.open()) {
            verdict = scanning.scan(in);
        } catch (VirusScanner.Unavailable unavailable) {
            log.warn("Evidence upload refused: the virus scanner could not be reached ({})", unavailable.getMessage());
            throw new Rejected("evidence.scanUnavailable");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (verdict.infected()) {
            audit.recordAlone(actor.username(), unitId, "evidence-infected", "evidence-upload",
                    AuditLog.DENIED, verdict.signature() + " " + name + " sha256=" + received.sha256());
            throw new Rejected("evidence.infected", verdict.signature());
        }
    }

    /** A unit's files in a round, withdrawn ones included (marked), by criterion then oldest first. */
    public List<EvidenceFile> list(Actor actor, String roundId, String unitId) {
        access.requireReader(actor, roundId, unitId);
        return records.of(roundId, unitId, null);
    }

    public List<EvidenceFile> list(Actor actor, String roundId, String unitId, String criterion) {
        access.requireReader(actor, roundId, unitId);
        return records.of(roundId, unitId, criterion(criterion));
    }

    /**
     * A unit's files in a round, withdrawn ones included, for a capability that has checked its reader by its own
     * rules (the assessment reports, read by the appraisal council too): names and digests, never the content.
     */
    public List<EvidenceFile> catalogue(String roundId, String unitId) {
        return records.of(roundId, unitId, null);
    }

    /** Files kept per criterion code, for the badges of a unit's whole scorecard tree: one query. */
    public Map<String, Integer> counts(Actor actor, String roundId, String unitId) {
        access.requireReader(actor, roundId, unitId);
        return records.counts(roundId, unitId);
    }

    /** Whether this person may attach and withdraw here (the panel is read-only otherwise). */
    public boolean mayContribute(Actor actor, String roundId, String unitId) {
        return access.contributes(actor, roundId, unitId);
    }

    /**
     * The file's content for a download, withdrawn files too. Each opening is audited: who read which evidence
     * matters when an appraisal is disputed.
     */
    public EvidenceContent open(Actor actor, String id) {
        EvidenceFile file = readable(actor, id);
        transaction.executeWithoutResult(status -> audit.record(actor.username(), file.unitId(), "evidence-opened",
                "evidence:" + id, "download " + file.fileName()));
        try {
            return new EvidenceContent(file, store.open(file.storageRef()));
        } catch (IOException lost) {
            log.error("Evidence {} could not be opened from {}", id, file.storageRef(), lost);
            throw new Rejected("evidence.unreadable");
        }
    }

    /** PDF pages or an image rendered for the browser, bounded; or why not ("Không xem trước được"). */
    public EvidencePreview.Pages preview(Actor actor, String id) {
        EvidenceFile file = readable(actor, id);
        EvidencePreview preview = previews.getIfAvailable();
        if (preview == null) {
            return EvidencePreview.Pages.refused("evidence.preview.unavailable");
        }
        transaction.executeWithoutResult(status -> audit.record(actor.username(), file.unitId(), "evidence-opened",
                "evidence:" + id, "preview " + file.fileName()));
        try (InputStream in = store.open(file.storageRef())) {
            return preview.render(file.type(), in);
        } catch (IOException lost) {
            log.error("Evidence {} could not be opened from {}", id, file.storageRef(), lost);
            return EvidencePreview.Pages.refused("evidence.preview.unavailable");
        }
    }

    /** Takes a file out of the unit's evidence, with a reason; its row and content stay. */
    public EvidenceFile withdraw(Actor actor, String id, String reason) {
        EvidenceFile file = known(id);
        access.requireContributor(actor, file.roundId(), file.unitId());
        String why = reason == null ? "" : reason.replaceAll("[\\p{Cntrl}&&[^\\n]]", "").strip();
        if (why.isEmpty()) {
            throw new Rejected("evidence.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new Rejected("evidence.reasonTooLong", MAX_REASON);
        }
        Instant now = now();
        return transaction.execute(status -> {
            if (!records.withdraw(id, actor.username(), actor.displayName(), now, why)) {
                throw new Rejected("evidence.alreadyWithdrawn");
            }
            audit.record(actor.username(), file.unitId(), "evidence-withdrawn", "evidence:" + id, why);
            return records.find(id).orElseThrow();
        });
    }

    private EvidenceFile readable(Actor actor, String id) {
        EvidenceFile file = known(id);
        access.requireReader(actor, file.roundId(), file.unitId());
        return file;
    }

    private EvidenceFile known(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new Rejected("evidence.notFound");
        }
        return records.find(id).orElseThrow(() -> new Rejected("evidence.notFound"));
    }

    private static String criterion(String code) {
        if (code == null || code.isBlank()) {
            throw new Rejected("evidence.criterionRequired");
        }
        if (code.length() > MAX_CRITERION || !CRITERION.matcher(code).matches()) {
            throw new Rejected("evidence.criterionInvalid");
        }
        return code;
    }

    /** To the microsecond, as the database keeps it: what attach returns equals what list reads back. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static EvidenceFile withReference(EvidenceFile f, String reference) {
        return new EvidenceFile(f.id(), f.roundId(), f.unitId(), f.criterion(), f.fileName(), f.type(), f.size(),
                f.sha256(), f.uploadedBy(), f.uploadedByName(), f.uploadedAt(), f.scan(), f.scanDetail(), reference,
                null, null, null, null);
    }
}
