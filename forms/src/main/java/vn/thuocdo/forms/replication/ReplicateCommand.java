package vn.thuocdo.forms.replication;

import vn.thuocdo.forms.Input;
import vn.thuocdo.forms.index.IndexMessages;
import vn.thuocdo.forms.index.ResponsesRefused;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Recomputes every published number from an unzipped replication package alone and prints them as the published
 * dataset's CSV (see the package's README and docs/replication.md):
 * <pre>
 * --replicate DIR   the unzipped package (the folder holding SHA256SUMS)
 * --out FILE        where to write (optional: standard output)
 * </pre>
 * Exit status: 0 written, 2 refused (the reason on standard error in Vietnamese, then English), 1 anything else.
 */
public final class ReplicateCommand {

    private ReplicateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        try {
            String directory = null;
            String out = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (!name.equals("--replicate") && !name.equals("--out")) {
                    throw new ResponsesRefused("option.unknown", Input.visible(name, 64));
                }
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new ResponsesRefused("option.missingValue", name);
                }
                if (name.equals("--replicate")) {
                    directory = args[++i];
                } else {
                    out = args[++i];
                }
            }
            if (directory == null) {
                throw new ResponsesRefused("option.required", "--replicate");
            }
            String csv = ReplicationPackage.results(Recomputation.compute(
                    ReplicationPackage.read(Path.of(directory))));
            if (out != null) {
                try (Writer file = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
                    file.write(csv);
                } catch (IOException e) {
                    throw new ResponsesRefused("file.unreadable", out, String.valueOf(e));
                }
            } else {
                Writer writer = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
                writer.write(csv);
                writer.flush();
            }
            return 0;
        } catch (ResponsesRefused e) {
            stderr.println(e.message(IndexMessages.VIETNAMESE));
            stderr.println(e.message(Locale.ENGLISH));
            return 2;
        } catch (IOException e) {
            stderr.println(e);
            return 1;
        }
    }
}
