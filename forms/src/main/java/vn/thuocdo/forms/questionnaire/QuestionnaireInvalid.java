package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.DefinitionInvalid;

import java.util.List;
import java.util.stream.Collectors;

/** A questionnaire that cannot be used, with every reason found (not only the first), each with its place. */
public class QuestionnaireInvalid extends DefinitionInvalid {

    private final transient List<Problem> problems;

    public QuestionnaireInvalid(String source, List<Problem> problems) {
        super(source + ": " + problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
