package vn.thuocdo.forms.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates as CSV for statisticians: {@code domain,measure,estimate,se,ci_low,ci_high,n,note}, proportions (0 to 1)
 * with 8 decimals and a decimal point, so that R, Stata and spreadsheets read them as numbers. A measure without an
 * estimate has empty numbers and the note "không đủ dữ liệu (insufficient data)", never 0; one whose answers all come
 * from a single cluster has its estimate but no SE or interval, and says so. With rank intervals, three more columns:
 * {@code rank,rank_low,rank_high} (1 = the highest estimate among the domains; see {@link Ranking}).
 */
public final class ResultsCsv {

    public static final String HEADER = "domain,measure,estimate,se,ci_low,ci_high,n,note";

    private ResultsCsv() {
    }

    /** The header when rank intervals are asked for. */
    public static final String RANKED_HEADER = HEADER + ",rank,rank_low,rank_high";

    public static void write(List<Estimate> estimates, Writer out) {
        write(estimates, null, out);
    }

    /**
     * {@code ranks} null: the plain format; else each measure's rank intervals over the domains
     * ({@link ReplicateEstimates#ranking}), written beside the domain's row (empty for national and unranked rows).
     */
    public static void write(List<Estimate> estimates, Map<String, Ranking> ranks, Writer out) {
        try {
            out.write(ranks == null ? HEADER : RANKED_HEADER);
            out.write('\n');
            Map<String, Ranking.RankInterval> intervals = new HashMap<>();
            if (ranks != null) {
                ranks.forEach((measure, ranking) -> ranking.intervals()
                        .forEach(i -> intervals.put(i.unit() + '\u0000' + measure, i)));
            }
            String insufficient = IndexMessages.bilingual("result.insufficient", List.of());
            String oneCluster = IndexMessages.bilingual("result.oneCluster", List.of());
            for (Estimate e : estimates) {
                out.write(text(e.domain()));
                out.write(',');
                out.write(text(e.measure()));
                out.write(',');
                if (e.sufficient() && !e.hasSe()) {
                    out.write(number(e.estimate()) + ",,,," + e.n() + ',' + text(oneCluster));
                } else if (e.sufficient()) {
                    out.write(number(e.estimate()) + ',' + number(e.se()) + ',' + number(e.ciLow()) + ','
                            + number(e.ciHigh()) + ',' + e.n() + ',');
                } else {
                    out.write(",,,," + e.n() + ',' + text(insufficient));
                }
                if (ranks != null) {
                    Ranking.RankInterval rank = intervals.get(e.domain() + '\u0000' + e.measure());
                    out.write(rank == null || Estimator.NATIONAL.equals(e.domain()) ? ",,,"
                            : "," + rank.rank() + ',' + rank.low() + ',' + rank.high());
                }
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(double value) {
        return new BigDecimal(value).setScale(8, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Quoted when it must be; a value a spreadsheet would run as a formula is kept as text with a leading '. */
    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
