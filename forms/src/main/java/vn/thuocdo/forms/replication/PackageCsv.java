package vn.thuocdo.forms.replication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The package's small CSV files (units, points, the recomputed numbers): UTF-8, a header, a comma between fields,
 * a field quoted when it holds a comma or a quote, one record per line (no line breaks inside a field, refused on
 * write). Text a spreadsheet would run as a formula keeps a leading apostrophe.
 */
final class PackageCsv {

    static final String PUBLISHED_HEADER = "unit_id,unit_name,unit_kind,measure,estimate,se,ci_low,ci_high,n,points,"
            + "max_points,unit_rank,rank_low,rank_high,not_different,result_group,note";
    static final String UNITS_HEADER = "unit_id,unit_name,unit_kind,scorecard,assessment_state";
    static final String POINTS_HEADER = "unit_id,sub_criterion,self_points,appraised_points,final_points";
    static final int MAX_FIELD = 400;
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,9}(\\.[0-9]{1,10})?");

    private PackageCsv() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A line break cannot be carried in a package field: " + value);
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** The published stored precision: doubles exactly (Java's shortest round-trip text), points to hundredths. */
    static String number(Double value) {
        return value == null ? "" : Double.toString(value);
    }

    static String points(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String line(PublishedNumber n) {
        return String.join(",", text(n.unitId()), text(n.unitName()), text(n.unitKind()), text(n.measure()),
                number(n.estimate()), number(n.se()), number(n.ciLow()), number(n.ciHigh()),
                n.n() == null ? "" : n.n().toString(), points(n.points()), points(n.maxPoints()),
                whole(n.rank()), whole(n.rankLow()), whole(n.rankHigh()),
                text(n.rankLow() == null ? null : String.join(",", n.notDifferent())), text(n.group()),
                text(n.note()));
    }

    private static String whole(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** One record's fields; refused with the line number when a quote is not closed or a field is too long. */
    static List<String> fields(String line, int lineNo, String file) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == ',') {
                out.add(unprefixed(field.toString(), wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(ch);
            }
            if (field.length() > MAX_FIELD) {
                throw new PackageRefused("replication.badFile", file, "line " + lineNo + ": a field is longer than "
                        + MAX_FIELD + " characters");
            }
        }
        if (quoted) {
            throw new PackageRefused("replication.badFile", file, "line " + lineNo + ": a quote is not closed");
        }
        out.add(unprefixed(field.toString(), wasQuoted));
        return out;
    }

    private static String unprefixed(String value, boolean quoted) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    static BigDecimal decimal(String value, int lineNo, String file) {
        if (value.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new PackageRefused("replication.badFile", file, "line " + lineNo + ": " + value
                    + " is not a number of points");
        }
        return new BigDecimal(value);
    }
}
