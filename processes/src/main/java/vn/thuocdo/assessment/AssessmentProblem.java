package vn.thuocdo.assessment;

/**
 * Something that stops a self-assessment from being signed off or submitted, on one sub-criterion: {@code key} is a
 * message key ({@code assessment.problem.notScored}, {@code assessment.problem.noEvidence}).
 */
public record AssessmentProblem(String code, String key) {

    public static final String NOT_SCORED = "assessment.problem.notScored";
    public static final String NO_EVIDENCE = "assessment.problem.noEvidence";
}
