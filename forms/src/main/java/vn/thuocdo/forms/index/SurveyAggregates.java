package vn.thuocdo.forms.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A sample as design-level aggregates, with no respondent's row: one CSV line per (stratum, cluster, domain), in the
 * order they first appeared in the rows, with the respondents in it and, per item of the definition, Σ w over
 * satisfied answers, Σ w over valid answers and the count of valid answers, then per element, part and overall the
 * respondents with a valid answer to any of its items. This is everything {@link Estimator} (the ratio estimator and
 * its linearised variance, which works on cluster totals) and {@link ReplicateEstimates} (Rao-Wu resamples whole
 * clusters within strata, so each replicate only rescales these sums) read; kept in the same order, the strata and
 * clusters get the same numbers and the seeded replicates draw the same clusters. Doubles are written as Java's
 * shortest round-trip text, so they read back to the same bits and the estimates come out identical.
 */
public final class SurveyAggregates {

    /** The most (domain, cluster) pairs read: a national survey has some 15,000. */
    public static final int MAX_PAIRS = 500_000;
    /** The longest stratum, cluster or domain name. */
    public static final int MAX_LABEL = 64;
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,20}(\\.[0-9]{1,20})?(E-?[0-9]{1,3})?");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,15}");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}._:/@#-]{1," + MAX_LABEL + "}");

    private SurveyAggregates() {
    }

    /** The header for a definition: stratum, cluster, domain, respondents, then each measure's columns. */
    public static String header(IndexDefinition definition) {
        List<String> columns = new ArrayList<>(List.of("stratum", "cluster", "domain", "respondents"));
        for (String item : definition.items()) {
            columns.add("item:" + item + ".w_satisfied");
            columns.add("item:" + item + ".w_valid");
            columns.add("item:" + item + ".n");
        }
        definition.elements().forEach(e -> columns.add("element:" + e.id() + ".n"));
        definition.parts().forEach(p -> columns.add("part:" + p.id() + ".n"));
        columns.add("overall.n");
        return String.join(",", columns);
    }

    /** Writes the aggregates of {@code data} under {@code definition}. */
    public static void write(IndexDefinition definition, SurveyData data, Writer out) {
        Estimator.Sums sums = data.sums(definition);
        try {
            out.write(header(definition));
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (int p = 0; p < data.clusterOfPair.length; p++) {
                int c = data.clusterOfPair[p];
                int d = data.domainOfPair[p];
                line.setLength(0);
                line.append(label(data.strata.get(data.stratumOfCluster[c]))).append(',')
                        .append(label(data.clusterNames.get(c))).append(',')
                        .append(d < 0 ? "" : label(data.domains.get(d))).append(',')
                        .append(data.respondentsOfPair[p]);
                for (int j = 0; j < definition.items().size(); j++) {
                    line.append(',').append(sums.satisfied[j][p]).append(',').append(sums.valid[j][p])
                            .append(',').append(sums.counts[j][p]);
                }
                for (long[] counts : sums.elementCounts) {
                    line.append(',').append(counts[p]);
                }
                for (long[] counts : sums.partCounts) {
                    line.append(',').append(counts[p]);
                }
                line.append(',').append(sums.overallCounts[p]).append('\n');
                out.write(line.toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(String name) {
        if (!LABEL.matcher(name).matches()) {
            throw new IllegalArgumentException("A stratum, cluster or domain name the aggregates cannot carry: "
                    + name);
        }
        return name;
    }

    /**
     * Reads aggregates written by {@link #write} for the same definition, strictly: the exact header, every line
     * with every column, names of letters, digits and {@code ._:/@#-} up to {@value #MAX_LABEL} characters, plain
     * non-negative numbers. Refused ({@link ResponsesRefused}) with the line at fault; nothing is read from a
     * refused file.
     */
    public static SurveyData read(IndexDefinition definition, Reader in) {
        String header = header(definition);
        int columns = header.split(",", -1).length;
        int items = definition.items().size();
        int elements = definition.elements().size();
        int parts = definition.parts().size();
        List<String> strata = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        List<String> clusterNames = new ArrayList<>();
        Map<String, Integer> strataIndex = new HashMap<>();
        Map<String, Integer> domainIndex = new HashMap<>();
        Map<String, Integer> clusterIndex = new HashMap<>();
        Map<String, Boolean> pairsSeen = new HashMap<>();
        SurveyData.IntList stratumOfCluster = new SurveyData.IntList();
        SurveyData.IntList clusterOfPair = new SurveyData.IntList();
        SurveyData.IntList domainOfPair = new SurveyData.IntList();
        List<String[]> lines = new ArrayList<>();
        try {
            BufferedReader reader = new BufferedReader(in);
            String first = reader.readLine();
            if (first == null) {
                throw new ResponsesRefused("csv.empty");
            }
            if (!first.equals(header)) {
                throw new ResponsesRefused("aggregates.badHeader", header);
            }
            String text;
            int lineNo = 1;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (lines.size() >= MAX_PAIRS) {
                    throw new ResponsesRefused("csv.tooManyRows", MAX_PAIRS);
                }
                if (text.length() > columns * 48) {
                    throw new ResponsesRefused("csv.fieldTooLong", lineNo, 48);
                }
                String[] fields = text.split(",", -1);
                if (fields.length != columns) {
                    throw new ResponsesRefused("csv.wrongColumnCount", lineNo, fields.length, columns);
                }
                String stratum = name(fields[0], lineNo, "stratum");
                String cluster = name(fields[1], lineNo, "cluster");
                String domain = fields[2].isEmpty() ? null : name(fields[2], lineNo, "domain");
                int h = strataIndex.computeIfAbsent(stratum, k -> {
                    strata.add(k);
                    return strata.size() - 1;
                });
                int c = clusterIndex.computeIfAbsent(h + "\u0000" + cluster, k -> {
                    stratumOfCluster.add(h);
                    clusterNames.add(cluster);
                    return clusterNames.size() - 1;
                });
                int d = domain == null ? -1 : domainIndex.computeIfAbsent(domain, k -> {
                    domains.add(k);
                    return domains.size() - 1;
                });
                if (pairsSeen.put(c + "\u0000" + d, Boolean.TRUE) != null) {
                    throw new ResponsesRefused("aggregates.duplicatePair", lineNo, stratum, cluster,
                            domain == null ? "" : domain);
                }
                clusterOfPair.add(c);
                domainOfPair.add(d);
                fields[0] = Integer.toString(lineNo);
                lines.add(fields);
            }
        } catch (IOException e) {
            throw new ResponsesRefused("file.unreadable", "aggregates", String.valueOf(e));
        }
        if (lines.isEmpty()) {
            throw new ResponsesRefused("csv.noRows");
        }
        int pairs = lines.size();
        double[][] satisfied = new double[items][pairs];
        double[][] valid = new double[items][pairs];
        long[][] counts = new long[items][pairs];
        long[][] elementCounts = new long[elements][pairs];
        long[][] partCounts = new long[parts][pairs];
        long[] overallCounts = new long[pairs];
        long[] respondents = new long[pairs];
        String[] names = header.split(",", -1);
        for (int p = 0; p < pairs; p++) {
            String[] f = lines.get(p);
            int lineNo = Integer.parseInt(f[0]);
            respondents[p] = count(f, 3, lineNo, names);
            int col = 4;
            for (int j = 0; j < items; j++) {
                satisfied[j][p] = number(f, col++, lineNo, names);
                valid[j][p] = number(f, col++, lineNo, names);
                counts[j][p] = count(f, col++, lineNo, names);
            }
            for (int e = 0; e < elements; e++) {
                elementCounts[e][p] = count(f, col++, lineNo, names);
            }
            for (int q = 0; q < parts; q++) {
                partCounts[q][p] = count(f, col++, lineNo, names);
            }
            overallCounts[p] = count(f, col, lineNo, names);
        }
        return new SurveyData(definition, clusterOfPair.toArray(), domainOfPair.toArray(), stratumOfCluster.toArray(),
                strata, domains, clusterNames, respondents,
                new Estimator.Sums(satisfied, valid, counts, elementCounts, partCounts, overallCounts));
    }

    private static String name(String value, int line, String column) {
        if (!LABEL.matcher(value).matches()) {
            throw new ResponsesRefused("aggregates.badName", line, column, value.length() > MAX_LABEL
                    ? value.substring(0, MAX_LABEL) + "…" : value);
        }
        return value;
    }

    private static double number(String[] fields, int col, int line, String[] names) {
        String text = fields[col];
        if (text.length() > 48 || !NUMBER.matcher(text).matches()) {
            throw new ResponsesRefused("aggregates.badNumber", line, names[col], text.length() > 48
                    ? text.substring(0, 48) + "…" : text);
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new ResponsesRefused("aggregates.badNumber", line, names[col], text);
        }
        return value;
    }

    private static long count(String[] fields, int col, int line, String[] names) {
        String text = fields[col];
        if (!COUNT.matcher(text).matches()) {
            throw new ResponsesRefused("aggregates.badNumber", line, names[col], text.length() > 48
                    ? text.substring(0, 48) + "…" : text);
        }
        return Long.parseLong(text);
    }
}
