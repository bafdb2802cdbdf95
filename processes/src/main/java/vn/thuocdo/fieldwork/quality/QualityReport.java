package vn.thuocdo.fieldwork.quality;

import java.util.List;

/** What a quality check found: every flag, in the order of the interviews given, and a summary per enumerator. */
public record QualityReport(List<QualityFlag> flags, List<EnumeratorQuality> enumerators) {

    public QualityReport {
        flags = List.copyOf(flags);
        enumerators = List.copyOf(enumerators);
    }
}
