package vn.thuocdo.publication.replication;

import org.springframework.stereotype.Component;
import vn.thuocdo.compilation.CompilationInputs;
import vn.thuocdo.compilation.IndexResult;
import vn.thuocdo.forms.replication.PublishedNumber;
import vn.thuocdo.forms.replication.ReplicationPackage;

import java.util.List;

/**
 * The check that a replication package reproduces its version: the version's stored numbers written in the package's
 * CSV format (every double at full precision, points to hundredths as stored) must be, line for line, the CSV the
 * package's command prints. The unit names are not numbers and are left out of the comparison.
 */
@Component
class SameNumbers {

    private final CompilationInputs compilation;

    SameNumbers(CompilationInputs compilation) {
        this.compilation = compilation;
    }

    /** The stored numbers of a version as the command would print them (names empty). */
    String stored(String versionId) {
        List<PublishedNumber> numbers = compilation.numbers(versionId).stream().map(SameNumbers::number).toList();
        return ReplicationPackage.results(numbers);
    }

    /** Throws, naming the first line that differs, when the package's numbers are not the stored ones. */
    void require(String versionId, String recomputedCsv) {
        String[] expected = stored(versionId).split("\n", -1);
        String[] actual = withoutNames(recomputedCsv).split("\n", -1);
        for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
            String e = i < expected.length ? expected[i] : "(none)";
            String a = i < actual.length ? actual[i] : "(none)";
            if (!e.equals(a)) {
                throw new IllegalStateException("The replication package does not reproduce result version "
                        + versionId + " (the data changed after it was computed?): line " + (i + 1) + " stored "
                        + e + ", recomputed " + a);
            }
        }
    }

    /** The CSV with its unit_name column emptied (the second field; names are quoted when they hold a comma). */
    static String withoutNames(String csv) {
        StringBuilder out = new StringBuilder();
        for (String line : csv.split("\n", -1)) {
            int first = line.indexOf(',');
            if (first < 0 || line.startsWith("unit_id,")) {
                out.append(line).append('\n');
                continue;
            }
            int end = first + 1;
            if (end < line.length() && line.charAt(end) == '"') {
                end++;
                while (end < line.length() && !(line.charAt(end) == '"'
                        && (end + 1 >= line.length() || line.charAt(end + 1) != '"'))) {
                    end += line.charAt(end) == '"' ? 2 : 1;
                }
                end++;
            } else {
                while (end < line.length() && line.charAt(end) != ',') {
                    end++;
                }
            }
            out.append(line, 0, first + 1).append(line.substring(end)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static PublishedNumber number(IndexResult r) {
        return new PublishedNumber(r.unitId(), "", r.unitKind(), r.measure(), r.estimate(), r.se(), r.ciLow(),
                r.ciHigh(), r.n(), r.points(), r.maxPoints(), r.rank(), r.rankLow(), r.rankHigh(), r.notDifferent(),
                r.group(), r.note());
    }
}
