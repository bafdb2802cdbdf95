package vn.thuocdo.assessment;

import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a unit's self-assessment report (bản tự đánh giá) or appraisal report (báo cáo thẩm định) prints: the unit,
 * the round, the pinned scorecard, per area and criterion every sub-criterion's values with its evidence, the totals,
 * and who signed off, submitted and appraised. Titles are already in Vietnamese: reports are official documents,
 * whatever the language of the screen they were asked from.
 */
public record AssessmentReport(Kind kind, String roundId, String roundName, int year, String unitId, String unitName,
                               String scorecardTitle, int scorecardVersion, AssessmentState state,
                               String signedOffByName, Instant signedOffAt, String submittedBy, Instant submittedAt,
                               List<String> appraisers, List<AreaLines> areas, Totals totals, Instant printedAt) {

    /** Which report: the unit's own values only, or the appraisal beside them. */
    public enum Kind {
        SELF_ASSESSMENT, APPRAISAL;

        /** The file name's stem and the message keys' part: {@code tu-danh-gia}, {@code tham-dinh}. */
        public String slug() {
            return this == SELF_ASSESSMENT ? "tu-danh-gia" : "tham-dinh";
        }
    }

    /** Self, appraised (appraised else self), final and maximum points of an area, a criterion or the whole. */
    public record Totals(BigDecimal max, BigDecimal self, BigDecimal appraised, BigDecimal finalPoints) {
    }

    public record AreaLines(String code, String title, Totals totals, List<CriterionLines> criteria) {
    }

    public record CriterionLines(String code, String title, Totals totals, List<Line> subCriteria) {
    }

    /** One evidence file as the report names it: its name and the start of its SHA-256, to match the file kept. */
    public record Evidence(String fileName, String sha256Prefix) {
    }

    /**
     * One sub-criterion: its definition (for the wording of the answer), the unit's answer, points and note, its
     * evidence files (withdrawn ones left out), the appraised value and reason, the explanation, the final value.
     */
    public record Line(SubCriterion sub, String title, SelfScore answer, BigDecimal points, String note,
                       List<Evidence> evidence, BigDecimal appraisedPoints, String appraisedReason,
                       String explanation, BigDecimal finalPoints, String finalReason) {

        public boolean surveyAssessed() {
            return !sub.selfScored();
        }
    }
}
