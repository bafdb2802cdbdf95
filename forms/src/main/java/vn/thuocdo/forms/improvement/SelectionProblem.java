package vn.thuocdo.forms.improvement;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** One reason a selection rule cannot be used: the property ({@code at}) and why, worded Vietnamese or English. */
public record SelectionProblem(String at, String code, List<Object> args) {

    private static final String BUNDLE = "vn.thuocdo.forms.improvement.messages";

    public SelectionProblem {
        args = List.copyOf(args);
    }

    public String message(Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String template = bundle.containsKey(code) ? bundle.getString(code) : code;
        return at + ": " + new MessageFormat(template.replace("'", "''"), language).format(args.toArray());
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
