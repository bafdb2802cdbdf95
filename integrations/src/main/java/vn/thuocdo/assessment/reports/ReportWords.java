package vn.thuocdo.assessment.reports;

import vn.thuocdo.assessment.AssessmentReport;
import vn.thuocdo.assessment.AssessmentReports.Labels;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.shared.PdfText;
import vn.thuocdo.shared.TimeZones;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How both report files word a value: points as 12,5 (no trailing zeros, a decimal comma), moments as dd/MM/yyyy
 * HH:mm in Vietnam's time, an answer as the unit typed it ("Có", a level's wording, the reported figures), every
 * text composed (NFC) so the PDF's fonts and the spreadsheet show the marks the same way.
 */
final class ReportWords {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(TimeZones.VIETNAM);

    private final Labels labels;

    ReportWords(Labels labels) {
        this.labels = labels;
    }

    String say(String key, Object... args) {
        return PdfText.nfc(labels.text(key, args));
    }

    static String points(BigDecimal points) {
        return points == null ? "—" : points.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    String title(AssessmentReport report) {
        return say("report.title." + report.kind().slug());
    }

    /** The header of every page: the unit and the round. */
    String header(AssessmentReport report) {
        return say("report.header", report.unitName(), report.roundName());
    }

    String answer(AssessmentReport.Line line) {
        if (line.surveyAssessed()) {
            return say("report.survey");
        }
        SelfScore answer = line.answer();
        if (answer == null) {
            return say("report.notScored");
        }
        ScoringRule rule = line.sub().rule();
        if (answer instanceof SelfScore.Done done) {
            return say(done.done() ? "report.yes" : "report.no");
        }
        if (answer instanceof SelfScore.Level level && rule instanceof ScoringRule.Tiered tiered) {
            return tiered.levels().stream().filter(l -> l.key().equals(level.key())).findFirst()
                    .map(l -> PdfText.nfc(l.label().in(VIETNAMESE))).orElse(level.key());
        }
        if (answer instanceof SelfScore.Figures figures && rule instanceof ScoringRule.Formula formula) {
            return PdfText.nfc(formula.figures().stream().map(f -> f.label().in(VIETNAMESE) + ": "
                    + figures.values().getOrDefault(f.id(), "—")).collect(Collectors.joining("; ")));
        }
        if (answer instanceof SelfScore.Points p) {
            return points(p.points());
        }
        return String.valueOf(answer);
    }

    /** The files, one a line: "name (sha256 3f2a…)"; "Không có" when none. */
    String evidence(AssessmentReport.Line line) {
        if (line.evidence().isEmpty()) {
            return line.surveyAssessed() ? "" : say("report.noEvidence");
        }
        return line.evidence().stream().map(e -> say("report.file", e.fileName(), e.sha256Prefix()))
                .collect(Collectors.joining("\n"));
    }

    /** Who signed off, submitted and appraised, one line each, for the head of both files. */
    java.util.List<String> facts(AssessmentReport report) {
        java.util.List<String> facts = new java.util.ArrayList<>();
        facts.add(say("report.scorecard", report.scorecardTitle(), report.scorecardVersion()));
        facts.add(say("report.state", say("assessment.state." + report.state().name())));
        facts.add(report.signedOffAt() == null ? say("report.notSignedOff")
                : say("report.signedOff", report.signedOffByName(), when(report.signedOffAt())));
        if (report.submittedAt() != null) {
            facts.add(say("report.submitted", when(report.submittedAt())));
        }
        if (report.kind() == AssessmentReport.Kind.APPRAISAL) {
            facts.add(report.appraisers().isEmpty() ? say("report.noAppraisers")
                    : say("report.appraisers", String.join(", ", report.appraisers())));
        }
        return facts;
    }

    static String orEmpty(String text) {
        return text == null ? "" : PdfText.nfc(text);
    }
}
