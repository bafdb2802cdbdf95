package vn.thuocdo.forms.index;

import vn.thuocdo.forms.Input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The statisticians' command: a responses CSV and an index definition in, the estimates CSV out (see
 * docs/sipas-estimation.md). The same {@link Estimator} computes the application's results.
 * <pre>
 * --responses FILE    responses CSV (UTF-8, header row)
 * --definition FILE   index definition JSON in the format of forms/indices/, or a shipped one by id@version (sipas@1)
 * --weight COLUMN     design weights (required)
 * --stratum COLUMN    strata (optional: one stratum)
 * --cluster COLUMN    first-stage clusters, nested in strata (optional: every row its own cluster)
 * --domain COLUMN     domains besides national (optional: each stratum value; none without strata)
 * --out FILE          where to write (optional: standard output)
 * --rank-intervals    adds rank,rank_low,rank_high for the domain rows (bootstrap replicates, see {@link Ranking})
 * --replicates N      with --rank-intervals: 1,000 (the default) to 10,000
 * --seed N            with --rank-intervals: the generator's seed (default 1); the same seed, the same intervals
 * </pre>
 * Exit status: 0 written, 2 refused (the reason on standard error in Vietnamese, then English), 1 anything else.
 */
public final class EstimateCommand {

    private static final Set<String> OPTIONS = Set.of("--responses", "--definition", "--weight", "--stratum",
            "--cluster", "--domain", "--out", "--replicates", "--seed");
    private static final String RANK_INTERVALS = "--rank-intervals";

    private EstimateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        try {
            Map<String, String> options = options(args);
            IndexDefinition definition = definition(require(options, "--definition"));
            require(options, "--responses");
            ResponsesCsv reader = new ResponsesCsv(definition, new ResponsesCsv.Columns(options.get("--stratum"),
                    options.get("--cluster"), require(options, "--weight"), options.get("--domain")));
            SurveyData data;
            try (InputStream in = Files.newInputStream(Path.of(options.get("--responses")))) {
                data = reader.read(in);
            } catch (IOException e) {
                throw new ResponsesRefused("file.unreadable", options.get("--responses"), String.valueOf(e));
            }
            RankOptions ranks = null;
            if (options.containsKey(RANK_INTERVALS)) {
                ranks = RankOptions.parse(options.get("--replicates"), options.get("--seed"));
            } else if (options.containsKey("--replicates") || options.containsKey("--seed")) {
                throw new ResponsesRefused("option.required", RANK_INTERVALS);
            }
            if (options.containsKey("--out")) {
                // Into memory first: a refusal (too many replicates' work) leaves no half-written file.
                StringWriter text = new StringWriter();
                RankOptions.writeEstimates(definition, data, ranks, text);
                try (Writer out = Files.newBufferedWriter(Path.of(options.get("--out")), StandardCharsets.UTF_8)) {
                    out.write(text.toString());
                } catch (IOException e) {
                    throw new ResponsesRefused("file.unreadable", options.get("--out"), String.valueOf(e));
                }
            } else {
                RankOptions.writeEstimates(definition, data, ranks,
                        new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            }
            return 0;
        } catch (ResponsesRefused e) {
            stderr.println(e.message(IndexMessages.VIETNAMESE));
            stderr.println(e.message(Locale.ENGLISH));
            return 2;
        } catch (IndexInvalid e) {
            stderr.println(e.message(IndexMessages.VIETNAMESE));
            stderr.println(e.message(Locale.ENGLISH));
            return 2;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (RANK_INTERVALS.equals(name)) {
                options.put(name, "");
                continue;
            }
            if (!OPTIONS.contains(name)) {
                throw new ResponsesRefused("option.unknown", Input.visible(name, 64));
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new ResponsesRefused("option.missingValue", name);
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new ResponsesRefused("option.required", name);
        }
        return value;
    }

    private static IndexDefinition definition(String name) {
        Path path = Path.of(name);
        if (!Files.isRegularFile(path) && name.matches("[a-z0-9-]+@[0-9]+")) {
            return IndexCatalogue.load().find(name)
                    .orElseThrow(() -> new ResponsesRefused("file.unreadable", name, "no such file or shipped definition"));
        }
        try {
            if (Files.size(path) > Indices.MAX_CHARS * 4L) {
                throw new ResponsesRefused("csv.tooLarge", Files.size(path), Indices.MAX_CHARS * 4L);
            }
            return Indices.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ResponsesRefused("file.unreadable", name, String.valueOf(e));
        }
    }
}
