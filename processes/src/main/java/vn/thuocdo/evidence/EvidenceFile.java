package vn.thuocdo.evidence;

import java.time.Instant;

/**
 * One evidence file of a unit's self-assessment, for one sub-criterion ({@code criterion}, e.g. "1.2.3") of a
 * round. {@code sha256} is the hex digest of the content as received; {@code scan} what the virus scanner said.
 * A withdrawn file keeps its row and content: who withdrew it, when and why.
 */
public record EvidenceFile(String id, String roundId, String unitId, String criterion, String fileName,
                           EvidenceType type, long size, String sha256, String uploadedBy, String uploadedByName,
                           Instant uploadedAt, ScanOutcome scan, String scanDetail, String storageRef,
                           String withdrawnBy, String withdrawnByName, Instant withdrawnAt, String withdrawnReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** What the virus scanner concluded when the file was received. */
    public enum ScanOutcome {
        /** Scanned and found clean. */
        CLEAN,
        /** No scanner configured ({@code thuocdo.evidence.clamav.enabled=false}, the default). */
        NOT_SCANNED
    }
}
