package vn.thuocdo.forms.index;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of this package's problems and refusals, Vietnamese (the default) and English, from
 * {@code vn/thuocdo/forms/index/messages*.properties}: the command has no application around it to word them.
 */
public final class IndexMessages {

    private static final String BUNDLE = "vn.thuocdo.forms.index.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private IndexMessages() {
    }

    /** The message for a code in a language (Vietnamese unless English is asked for). */
    public static String format(String code, List<?> args, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String template = bundle.containsKey(code) ? bundle.getString(code) : code;
        // Apostrophes in the wording are text, not MessageFormat quotes.
        return new MessageFormat(template.replace("'", "''"), language).format(args.toArray());
    }

    /** "Vietnamese (English)": one line both readers of a command's output understand. */
    public static String bilingual(String code, List<?> args) {
        return format(code, args, VIETNAMESE) + " (" + format(code, args, Locale.ENGLISH) + ")";
    }
}
