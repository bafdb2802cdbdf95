package vn.thuocdo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.assessment.AppraisalAssignments;
import vn.thuocdo.assessment.Appraisals;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * On the embedded default, gives this year's demo round (DemoRound) appraisal work: the built-in appraiser
 * {@code thamdinh} is assigned to Hải Phòng, Hà Nội and Quảng Ninh; Hải Phòng's self-assessment is scored (points,
 * notes, one small evidence PDF), signed off by its leader and submitted; Hà Nội's is scored and signed off, not yet
 * submitted. Through the same capability calls as the screens, all or nothing, once: a round whose Hải Phòng already
 * has an appraiser is left alone.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "thuocdo.demo.enabled", havingValue = "true")
class DemoAssessment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessment.class);
    static final String APPRAISER = "thamdinh";
    static final String HAI_PHONG = "T34-31";
    static final String HA_NOI = "T34-01";
    static final String QUANG_NINH = "T34-22";
    private static final Actor HAI_PHONG_OFFICER =
            new Actor("haiphong", "Trần Văn Nam", HAI_PHONG, Set.of(Role.PROVINCIAL_OFFICER));
    private static final Actor HAI_PHONG_LEADER =
            new Actor("lanhdao.haiphong", "Phạm Quốc Hùng", HAI_PHONG, Set.of(Role.UNIT_LEADER));
    private static final Actor HA_NOI_OFFICER = new Actor("hanoi", "Lê Thị Mai", HA_NOI, Set.of(Role.PROVINCIAL_OFFICER));
    /** Hà Nội has no built-in leader account: a named stand-in signs, marked as demo data. */
    private static final Actor HA_NOI_LEADER =
            new Actor("lanhdao.hanoi", "Lãnh đạo UBND Hà Nội (minh hoạ)", HA_NOI, Set.of(Role.UNIT_LEADER));

    private final Rounds rounds;
    private final AppraisalAssignments assignments;
    private final Appraisals appraisals;
    private final SelfAssessments assessments;
    private final EvidenceFiles evidence;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;

    DemoAssessment(Rounds rounds, AppraisalAssignments assignments, Appraisals appraisals,
                   SelfAssessments assessments, EvidenceFiles evidence, TransactionTemplate transaction,
                   java.time.Clock clock) {
        this.rounds = rounds;
        this.assignments = assignments;
        this.appraisals = appraisals;
        this.assessments = assessments;
        this.evidence = evidence;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = TimeZones.today(clock).getYear();
        Optional<Round> round = rounds.visibleTo(DemoRound.SYSTEM).stream()
                .filter(r -> r.year() == year && r.participants().contains(HAI_PHONG)).findFirst();
        if (round.isEmpty() || !appraisals.appraisers(round.get().id(), HAI_PHONG).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        String roundId = round.get().id();
        transaction.executeWithoutResult(status -> {
            assignments.assignAll(DemoRound.SYSTEM, roundId, Set.of(HAI_PHONG, HA_NOI, QUANG_NINH), APPRAISER);
            scoreAll(roundId, HAI_PHONG_OFFICER);
            assessments.handToLeader(HAI_PHONG_OFFICER, roundId, HAI_PHONG);
            assessments.signOff(HAI_PHONG_LEADER, roundId, HAI_PHONG);
            assessments.submit(HAI_PHONG_LEADER, roundId, HAI_PHONG);
            scoreAll(roundId, HA_NOI_OFFICER);
            assessments.signOff(HA_NOI_LEADER, roundId, HA_NOI);
        });
        // After the commit and on its own: the evidence store (a directory or the database) failing must not stop
        // the application from starting, and the notes already explain every score.
        try {
            evidence.attach(HAI_PHONG_OFFICER, roundId, HAI_PHONG, "1.1.1", "ke-hoach-cchc-" + year + ".pdf",
                    new ByteArrayInputStream(pdf("Ke hoach CCHC nam " + year + " - du lieu minh hoa")));
        } catch (RuntimeException notStored) {
            log.warn("The demo evidence file was not stored: {}", notStored.getMessage());
        }
        log.info("Demo appraisal work in round {}: {} assigned to 3 provinces, Hải Phòng submitted, Hà Nội signed off,"
                + " in {} ms", year, APPRAISER, (System.nanoTime() - started) / 1_000_000);
    }

    /** Every self-scored sub-criterion: full marks mostly, a lower tier now and then, each with a note. */
    private void scoreAll(String roundId, Actor officer) {
        SelfAssessment opened = assessments.open(officer, roundId, officer.unitId());
        int n = 0;
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.selfScored()) {
                assessments.score(officer, roundId, officer.unitId(), sub.code(), answer(sub, n++ % 5 == 4),
                        "Hồ sơ lưu tại Sở Nội vụ, tiêu chí " + sub.code() + " (dữ liệu minh hoạ)",
                        opened.value(sub.code()).version());
            }
        }
    }

    /** Shared with {@link DemoCompilation}: full marks, or the lower tier (a "no" for a yes/no). */
    static SelfScore answer(SubCriterion sub, boolean lower) {
        ScoringRule rule = sub.rule();
        if (rule instanceof ScoringRule.YesNo) {
            return new SelfScore.Done(!lower);
        }
        if (rule instanceof ScoringRule.Tiered tiered) {
            int level = lower ? Math.min(1, tiered.levels().size() - 1) : 0;
            return new SelfScore.Level(tiered.levels().get(level).key());
        }
        Map<String, String> figures = new HashMap<>();
        ((ScoringRule.Formula) rule).figures().forEach(f -> figures.put(f.id(), "10"));
        return new SelfScore.Figures(figures);
    }

    /** A one-page PDF with a line of plain text (Helvetica: no diacritics), small enough to seed in no time. */
    static byte[] pdf(String text) {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        String stream = "BT /F1 16 Tf 60 760 Td (" + text + ") Tj ET";
        objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
