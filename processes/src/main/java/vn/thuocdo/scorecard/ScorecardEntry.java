package vn.thuocdo.scorecard;

import vn.thuocdo.forms.scorecard.Scorecard;

import java.time.Instant;

/**
 * A scorecard as the administrator's list shows it: the definition, whether it was shipped or imported (by whom,
 * from which unit, when; null for a shipped one), its checksum, and whether it is the one in force for the current
 * evaluation year of its kind.
 */
public record ScorecardEntry(Scorecard scorecard, Source source, String checksum, String importedBy,
                             String importedUnit, Instant importedAt) {

    public enum Source {
        SHIPPED, IMPORTED
    }

    public int areas() {
        return scorecard.areas().size();
    }

    public int criteria() {
        return scorecard.criteria().size();
    }

    public int subCriteria() {
        return scorecard.subCriteria().size();
    }
}
