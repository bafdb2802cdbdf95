package vn.thuocdo.survey.draw;

import vn.thuocdo.shared.Rejected;

import java.util.List;

/** A draw refused before anything was drawn, with one {@link DrawProblem} per problem found in the inputs. */
public class DrawRefused extends Rejected {

    private final List<DrawProblem> problems;

    public DrawRefused(List<DrawProblem> problems) {
        super("draw.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<DrawProblem> problems() {
        return problems;
    }

    public List<String> keys() {
        return problems.stream().map(DrawProblem::key).toList();
    }
}
