package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublicationFile;
import vn.thuocdo.publication.reports.PublicationScene;
import vn.thuocdo.publication.reports.ReportRuns;
import vn.thuocdo.testing.AdapterTest;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publication's signed PDFs for a national round: the national report and 48 unit scorecards (34 provinces, 14
 * ministries) read from the frozen numbers, drawn (tables, three JFreeChart charts), and each signed PAdES B-B -
 * what {@code PublicationFileSource.files} costs inside the publishing transaction. The baseline in the same run:
 * the same documents unsigned. Goal (#14): all of them in under 10 s.
 */
@AdapterTest
class PublicationReportsBenchmark {

    static final int RUNS = Integer.getInteger("bench.reports.runs", 5);
    static final int WARM_UPS = 2;
    static final double GOAL_MILLIS = 10_000;

    @Autowired JdbcClient db;
    @Autowired ApplicationContext context;

    @Test
    void theNationalReportAndFortyEightUnitScorecardsSigned() {
        PublicationScene scene = new PublicationScene(db, 2115);
        List<PublicationScene.Unit> provinces = scene.provinces(34);
        List<PublicationScene.Unit> ministries = scene.ministries(14);
        scene.lastYear(2114, provinces.subList(0, 20));
        PublicationDraft draft = scene.publish(2115, provinces, ministries, null, null);
        ReportRuns runs = new ReportRuns(context);
        long[] bytes = {0};
        int[] files = {0};

        BenchReport.Stats signed = BenchReport.Stats.of(WARM_UPS, RUNS, () -> {
            List<PublicationFile> made = runs.signed(draft);
            files[0] = made.size();
            bytes[0] = made.stream().mapToLong(f -> f.content().length).sum();
            return made;
        });
        BenchReport.Stats unsigned = BenchReport.Stats.of(WARM_UPS, RUNS, () -> runs.unsigned(draft));
        assertThat(files[0]).isEqualTo(1 + 34 + 14);

        BenchReport report = new BenchReport("publication-reports",
                "Publication: the national report and 48 unit scorecards, signed");
        report.row("`SignedReports.files`: read the frozen numbers, draw %d PDFs (3 charts), sign each PAdES B-B"
                .formatted(files[0]), signed, BenchReport.ratio(signed, unsigned.median(), "unsigned"), GOAL_MILLIS);
        report.row("baseline: the same PDFs unsigned", unsigned, "", null);
        report.note(String.format(Locale.ROOT, "%.1f ms a document signed (median), %.1f ms unsigned; %d files,"
                        + " %d KB in all (%.0f KB a file: each embeds its own font subset and a 24 KB signature room).",
                signed.median() / files[0], unsigned.median() / files[0], files[0], bytes[0] / 1024,
                bytes[0] / 1024.0 / files[0]));
        report.note(("%d runs, the first %d discarded as warm-up (the first also makes or reads the demo key,"
                + " RSA 3072).")
                .formatted(WARM_UPS + RUNS, WARM_UPS));
        report.note("Goal (#14): all PDFs for 48 units plus the national report in under 10 s.");
        report.write();
    }
}
