package vn.thuocdo.forms.improvement;

import vn.thuocdo.forms.DefinitionInvalid;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A selection rule that cannot be used, with every reason found (not only the first). */
public class SelectionRuleInvalid extends DefinitionInvalid {

    private final transient List<SelectionProblem> problems;

    public SelectionRuleInvalid(String source, List<SelectionProblem> problems) {
        super(source + ": " + problems.stream().map(SelectionProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SelectionProblem> problems() {
        return problems;
    }

    /** Every reason in one language, one per line. */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("\n"));
    }
}
