package vn.thuocdo.history;

import java.time.Instant;

/** One import: of results or targets, the file, its rows, how many current rows it replaced, who and when. */
public record HistoryBatch(String id, Kind kind, String fileName, int rows, int replaced, String importedBy,
                           String importedName, Instant importedAt) {

    /** PUBLISHED: a round's publication (#14) wrote its totals, source 'ROUND'. */
    public enum Kind { RESULTS, TARGETS, PUBLISHED }
}
