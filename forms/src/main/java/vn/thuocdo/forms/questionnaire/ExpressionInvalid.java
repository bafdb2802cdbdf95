package vn.thuocdo.forms.questionnaire;

import java.util.List;

/** Why an expression's text cannot be parsed: a problem code under {@code expression.} and its figures. */
final class ExpressionInvalid extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    ExpressionInvalid(String code, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    String code() {
        return code;
    }

    List<Object> args() {
        return args;
    }
}
