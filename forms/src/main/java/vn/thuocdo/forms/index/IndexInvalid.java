package vn.thuocdo.forms.index;

import vn.thuocdo.forms.DefinitionInvalid;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An index definition that cannot be used, with every reason found (not only the first). */
public class IndexInvalid extends DefinitionInvalid {

    private final transient List<IndexProblem> problems;

    public IndexInvalid(String source, List<IndexProblem> problems) {
        super(source + ": " + problems.stream().map(IndexProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<IndexProblem> problems() {
        return problems;
    }

    /** Every reason in one language, one per line. */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("\n"));
    }
}
