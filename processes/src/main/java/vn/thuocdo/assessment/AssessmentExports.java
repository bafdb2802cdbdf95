package vn.thuocdo.assessment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.evidence.EvidenceFile;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Criterion;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Units;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A unit's self-assessment report (its own officers and leader) and appraisal report (also its appraisers, the
 * organiser's coordinators and council members; never another unit's officer), built from what is stored now and
 * written by the {@link AssessmentReports} port. Each export is audited: a report is a copy of the scores leaving
 * the application.
 */
@Service
public class AssessmentExports {

    /** The SHA-256 prefix printed beside a file name: enough to tell files apart and to find the one kept. */
    static final int DIGEST_PREFIX = 12;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The file formats a report is written in. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private final AssessmentStore store;
    private final AssessmentAccess access;
    private final ScorecardLibrary scorecards;
    private final Units units;
    private final EvidenceFiles evidence;
    /** The adapter lives in integrations; a context without it (the processes tests) still builds reports. */
    private final ObjectProvider<AssessmentReports> reports;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentExports(AssessmentStore store, AssessmentAccess access, ScorecardLibrary scorecards, Units units,
                      EvidenceFiles evidence, ObjectProvider<AssessmentReports> reports, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.scorecards = scorecards;
        this.units = units;
        this.evidence = evidence;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report's content, after checking the reader; refused before anything of the unit is read. */
    @Transactional(readOnly = true)
    public AssessmentReport report(Actor actor, String roundId, String unitId, AssessmentReport.Kind kind) {
        AssessmentStore.RoundFacts round = access.round(roundId);
        if (kind == AssessmentReport.Kind.SELF_ASSESSMENT) {
            access.requireUnitPeople(actor, roundId, unitId);
        } else {
            access.requireAppraisalReader(actor, round, unitId);
        }
        return build(round, unitId, kind);
    }

    /** Writes the report in the format asked, and records who took it. */
    @Transactional
    public void write(Actor actor, String roundId, String unitId, AssessmentReport.Kind kind, Format format,
                      AssessmentReports.Labels labels, OutputStream out) throws IOException {
        AssessmentReport report = report(actor, roundId, unitId, kind);
        audit.record(actor.username(), unitId, "assessment-report-exported", roundId,
                kind.slug() + "." + format.extension());
        AssessmentReports writer = reports.getObject();
        if (format == Format.PDF) {
            writer.pdf(report, labels, out);
        } else {
            writer.xlsx(report, labels, out);
        }
    }

    private AssessmentReport build(AssessmentStore.RoundFacts round, String unitId, AssessmentReport.Kind kind) {
        AssessmentStore.Header header = store.header(round.roundId(), unitId)
                .orElseThrow(() -> new Rejected("assessment.notOpened"));
        Scorecard scorecard = scorecards.find(header.scorecardId())
                .orElseThrow(() -> new IllegalStateException("No scorecard " + header.scorecardId()));
        Map<String, SubCriterionValue> values = store.values(round.roundId(), unitId);
        Map<String, List<AssessmentReport.Evidence>> files = new HashMap<>();
        for (EvidenceFile file : evidence.catalogue(round.roundId(), unitId)) {
            if (!file.withdrawn()) {
                files.computeIfAbsent(file.criterion(), c -> new ArrayList<>()).add(new AssessmentReport.Evidence(
                        file.fileName(), file.sha256().substring(0, Math.min(DIGEST_PREFIX, file.sha256().length()))));
            }
        }
        Map<String, BigDecimal> self = SelfAssessment.totals(scorecard, values, SubCriterionValue::points);
        Map<String, BigDecimal> appraised = SelfAssessment.totals(scorecard, values, SubCriterionValue::appraisedOrSelf);
        Map<String, BigDecimal> finals = values.values().stream().anyMatch(v -> v.finalPoints() != null)
                ? SelfAssessment.totals(scorecard, values, SubCriterionValue::finalPoints) : Map.of();
        List<AssessmentReport.AreaLines> areas = new ArrayList<>();
        for (Area area : scorecard.areas()) {
            List<AssessmentReport.CriterionLines> criteria = new ArrayList<>();
            for (Criterion criterion : area.criteria()) {
                List<AssessmentReport.Line> lines = new ArrayList<>();
                for (SubCriterion sub : criterion.subCriteria()) {
                    lines.add(line(sub, values.get(sub.code()), files.getOrDefault(sub.code(), List.of())));
                }
                criteria.add(new AssessmentReport.CriterionLines(criterion.code(), vi(criterion.title()),
                        sums(criterion.code(), criterion.maxPoints(), self, appraised, finals), lines));
            }
            areas.add(new AssessmentReport.AreaLines(area.code(), vi(area.title()),
                    sums(area.code(), area.maxPoints(), self, appraised, finals), criteria));
        }
        return new AssessmentReport(kind, round.roundId(), store.roundName(round.roundId()), round.year(), unitId,
                units.get(unitId).name(), vi(scorecard.title()), scorecard.version(), header.state(),
                header.signedOffByName() != null ? header.signedOffByName() : header.signedOffBy(),
                header.signedOffAt(), header.submittedBy(), header.submittedAt(),
                store.appraiserNames(round.roundId(), unitId), areas,
                sums("", scorecard.totalPoints(), self, appraised, finals), clock.instant());
    }

    private static AssessmentReport.Line line(SubCriterion sub, SubCriterionValue value,
                                              List<AssessmentReport.Evidence> files) {
        if (value == null) {
            return new AssessmentReport.Line(sub, vi(sub.title()), null, null, null, files, null, null, null, null,
                    null);
        }
        return new AssessmentReport.Line(sub, vi(sub.title()), value.answer(), value.points(), value.note(), files,
                value.appraisedPoints(), value.appraisedReason(), value.explanation(), value.finalPoints(),
                value.finalReason());
    }

    private static AssessmentReport.Totals sums(String code, BigDecimal max, Map<String, BigDecimal> self,
                                                Map<String, BigDecimal> appraised, Map<String, BigDecimal> finals) {
        return new AssessmentReport.Totals(max, self.get(code), appraised.get(code), finals.get(code));
    }

    private static String vi(Text text) {
        return text == null ? "" : text.in(VIETNAMESE);
    }
}
