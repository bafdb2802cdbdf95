package vn.thuocdo.forms.scorecard;

import java.util.List;
import java.util.stream.Collectors;

/** A score that cannot be given, with every reason (the screen words each in Vietnamese); nothing was changed. */
public class ScoreRefused extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public ScoreRefused(List<AnswerProblem> problems) {
        super(problems.stream().map(AnswerProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
