package vn.thuocdo.forms.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.thuocdo.forms.Text;

import java.math.BigDecimal;

/**
 * A sub-criterion (tiêu chí thành phần), e.g. "1.2.3": what a unit scores, with its maximum, its scoring rule and the
 * guidance the official scorecard gives. {@code evidenceRequired} may be left out: then a self-scored sub-criterion
 * needs evidence (tài liệu kiểm chứng) and a survey one does not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "title", "maxPoints", "guidance", "evidenceRequired", "rule"})
public record SubCriterion(String code, Text title, BigDecimal maxPoints, Text guidance, Boolean evidenceRequired,
                           ScoringRule rule) implements Scorecard.Node {

    public SubCriterion {
        maxPoints = Decimals.canonical(maxPoints);
    }

    @JsonIgnore
    public int level() {
        return 3;
    }

    /** Scored by the unit and its appraisers; false when the survey gives the points. */
    @JsonIgnore
    public boolean selfScored() {
        return !(rule instanceof ScoringRule.Survey);
    }

    /** Whether a score needs evidence (a score without it needs an explanation; the self-assessment checks). */
    @JsonIgnore
    public boolean requiresEvidence() {
        return evidenceRequired != null ? evidenceRequired : selfScored();
    }
}
