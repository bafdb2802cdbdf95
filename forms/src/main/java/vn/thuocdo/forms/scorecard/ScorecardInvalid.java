package vn.thuocdo.forms.scorecard;

import vn.thuocdo.forms.DefinitionInvalid;

import java.util.List;
import java.util.stream.Collectors;

/** A scorecard that cannot be used, with every reason found (not only the first), each naming its code. */
public class ScorecardInvalid extends DefinitionInvalid {

    private final transient List<ScorecardProblem> problems;

    public ScorecardInvalid(String source, List<ScorecardProblem> problems) {
        super(source + ": " + problems.stream().map(ScorecardProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ScorecardProblem> problems() {
        return problems;
    }
}
