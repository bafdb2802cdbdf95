package vn.thuocdo.forms.index;

import java.util.List;
import java.util.Locale;

/**
 * One reason an index definition cannot be used: where ({@code at}: an element, part or property) and why
 * ({@code code}, worded by {@link IndexMessages}).
 */
public record IndexProblem(String at, String code, List<Object> args) {

    public IndexProblem {
        args = List.copyOf(args);
    }

    public String message(Locale locale) {
        return at + ": " + IndexMessages.format(code, args, locale);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
