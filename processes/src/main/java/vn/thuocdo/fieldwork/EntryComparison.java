package vn.thuocdo.fieldwork;

import java.time.Instant;
import java.util.List;

/** A paper form typed twice, for its supervisor: where, who typed it each time, and the differences to settle. */
public record EntryComparison(String interviewId, String communeName, String villageName, Integer drawOrder,
                              String firstTypist, String secondTypist, Instant enteredAt,
                              List<EntryDifference> differences) {

    public EntryComparison {
        differences = List.copyOf(differences);
    }

    public long open() {
        return differences.stream().filter(d -> !d.settled()).count();
    }
}
