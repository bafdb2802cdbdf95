package vn.thuocdo.forms.index;

import java.util.List;
import java.util.Locale;

/**
 * A responses file (or a command line) refused, with the first reason: its code, worded by {@link IndexMessages},
 * whose arguments start with the row number where a row is at fault. Nothing is estimated from a refused file.
 */
public class ResponsesRefused extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    public ResponsesRefused(String code, Object... args) {
        super(IndexMessages.format(code, List.of(args), Locale.ENGLISH));
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public String message(Locale locale) {
        return IndexMessages.format(code, args, locale);
    }
}
