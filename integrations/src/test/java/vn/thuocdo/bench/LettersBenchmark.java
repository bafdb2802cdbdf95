package vn.thuocdo.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.survey.invitation.InvitationLetters;
import vn.thuocdo.survey.invitation.Invitations;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.invitation.LetterBatches;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's invitation letters as the coordinator downloads them: {@link LetterBatches#write} issuing every
 * selected household slot's code (voiding the previous issue's) and writing the ZIP of one PDF and one code list
 * per commune. The baselines in the same run: the issue alone (the database part), and the PDFs and lists alone.
 */
@AdapterTest
class LettersBenchmark {

    static final int RUNS = Integer.getInteger("bench.letters.runs", 5);
    static final int WARM_UPS = 2;
    /** Goal [A] (the issue sets none): the largest province's batch (~400 letters) in under 10 s, at 40 letters/s. */
    static final double GOAL_LETTERS_PER_SECOND = 40;

    @Autowired OnlineSurveys online;
    @Autowired LetterBatches batches;
    @Autowired Invitations invitations;
    @Autowired InvitationLetters letters;

    @Test
    void aProvincesLettersPdfAndCodeLists() throws IOException {
        OnlineSurveys.OpenRound round = online.open(2086, List.of("T34-31"));
        List<Double> whole = new ArrayList<>();
        List<Double> issue = new ArrayList<>();
        List<Double> print = new ArrayList<>();
        int count = 0;
        long zipBytes = 0;
        for (int run = 0; run < WARM_UPS + RUNS; run++) {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            long start = System.nanoTime();
            LetterBatches.Written written = batches.write(round.id(), "T34-31", null, TestActors.COORDINATOR, zip);
            double wholeMs = (System.nanoTime() - start) / 1e6;

            start = System.nanoTime();
            List<IssuedCode> issued = invitations.issueLetters(round.id(), "T34-31", null, TestActors.COORDINATOR);
            double issueMs = (System.nanoTime() - start) / 1e6;

            start = System.nanoTime();
            long printed = printAlone(issued);
            double printMs = (System.nanoTime() - start) / 1e6;
            assertThat(issued).hasSize(written.letters());
            count = written.letters();
            zipBytes = zip.size();
            if (run >= WARM_UPS) {
                whole.add(wholeMs);
                issue.add(issueMs);
                print.add(printMs);
            }
        }
        BenchReport.Stats figure = new BenchReport.Stats(whole);
        BenchReport.Stats issuing = new BenchReport.Stats(issue);
        BenchReport.Stats printing = new BenchReport.Stats(print);
        BenchReport report = new BenchReport("letters", "Invitation letters: one province's ZIP (%d letters)"
                .formatted(count));
        report.row("`LetterBatches.write`: issue %d codes (void the previous ones), %d PDF pages and code lists, ZIP"
                .formatted(count, count), figure, BenchReport.ratio(figure, issuing.median(), "issue alone"),
                count * 1000 / GOAL_LETTERS_PER_SECOND);
        report.row("baseline: `Invitations.issueLetters` alone (codes, hashes, void and insert)", issuing, "", null);
        report.row("baseline: the PDFs and code lists alone, no ZIP, no database", printing, "", null);
        report.note(String.format(Locale.ROOT, "%.0f letters/s end to end (median); %.0f letters/s printing alone;"
                        + " the ZIP is %d KB (%.1f KB a letter: each commune's PDF embeds its own font subset).",
                count * 1000 / figure.median(), count * 1000 / printing.median(), zipBytes / 1024,
                zipBytes / 1024.0 / count));
        report.note("%d runs, the first %d discarded as warm-up; each run issues the province again."
                .formatted(WARM_UPS + RUNS, WARM_UPS));
        report.note(String.format(Locale.ROOT, "Goal [A] (the issue sets none): %.0f letters/s, the largest"
                + " province's ~400 letters in 10 s while the coordinator waits for the download.",
                GOAL_LETTERS_PER_SECOND));
        report.write();
    }

    /** The same letters through the adapter, per commune, into a discarding stream. */
    private long printAlone(List<IssuedCode> issued) throws IOException {
        Map<String, List<InvitationLetters.Letter>> byCommune = new LinkedHashMap<>();
        for (IssuedCode c : issued) {
            byCommune.computeIfAbsent(c.invitation().communeCode(), k -> new ArrayList<>()).add(
                    new InvitationLetters.Letter(c.code().display(), "http://localhost:8080/s/" + c.code().value(),
                            "http://localhost:8080/khao-sat", "Thành phố Hải Phòng", c.invitation().communeName(),
                            c.invitation().villageName(), c.invitation().householdPosition(), "Đợt đo hiệu năng", 2086,
                            LocalDate.of(2086, 12, 31)));
        }
        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        for (Map.Entry<String, List<InvitationLetters.Letter>> commune : byCommune.entrySet()) {
            InvitationLetters.LetterBatch batch = new InvitationLetters.LetterBatch(commune.getKey(),
                    commune.getValue().get(0).communeName(), commune.getValue());
            letters.letters(batch, sink);
            letters.codeList(batch, sink);
        }
        return bytes[0];
    }
}
