package vn.thuocdo.assessment;

import vn.thuocdo.forms.scorecard.AnswerProblem;
import vn.thuocdo.shared.Rejected;

import java.util.List;

/**
 * A score its sub-criterion's rule does not allow (above the maximum, not a tier, bad or inconsistent figures), with
 * every reason from the scorecard's checks; the screen words each one. Nothing was saved.
 */
public class ScoreNotAllowed extends Rejected {

    private final transient List<AnswerProblem> problems;

    public ScoreNotAllowed(String code, List<AnswerProblem> problems) {
        super("assessment.score.notAllowed", code);
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
