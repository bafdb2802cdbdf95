package vn.thuocdo.publication;

import vn.thuocdo.round.Round;

import java.util.List;

/**
 * A round as its publication screen shows it: the newest approved version (null while none) and the round's
 * publications, newest first.
 */
public record PublicationOverview(Round round, ApprovedVersion approved, List<Publication> publications) {

    /** The publication in force, if any. */
    public java.util.Optional<Publication> current() {
        return publications.stream().filter(Publication::current).findFirst();
    }

    /** A version approved after the current publication's: what a correction would publish. */
    public boolean newerApproved() {
        return approved != null && current().map(p -> !p.resultVersionId().equals(approved.id())).orElse(false);
    }
}
