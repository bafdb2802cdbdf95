package vn.thuocdo.survey.draw;

import java.util.List;

/** One reason a draw is refused: a message-bundle key and its arguments (province first where there is one). */
public record DrawProblem(String key, List<Object> args) {

    public DrawProblem(String key, Object... args) {
        this(key, List.of(args));
    }

    public DrawProblem {
        args = List.copyOf(args);
    }
}
