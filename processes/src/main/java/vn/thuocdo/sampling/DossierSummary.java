package vn.thuocdo.sampling;

import java.time.Instant;

/** What a unit's attached Phụ lục 2 adds up to, beside the dossiers it declared in the form. */
public record DossierSummary(String template, long serviceAreas, long received, long handled, String attachedBy,
                             Instant attachedAt) {
}
