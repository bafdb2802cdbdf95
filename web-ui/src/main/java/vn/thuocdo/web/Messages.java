package vn.thuocdo.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The same message bundles the views use, for answers outside Vaadin (the REST API). Vietnamese unless asked. */
public final class Messages {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private Messages() {
    }

    /** English only when the caller asks for it first; the servlet's default locale is the server's, not theirs. */
    public static Locale asked(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.trim().toLowerCase().startsWith("en") ? Locale.ENGLISH : null;
    }

    public static String text(String key, List<Object> args, Locale requested) {
        Locale locale = requested != null && "en".equals(requested.getLanguage()) ? Languages.ENGLISH : Languages.VIETNAMESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            // As Vaadin does: a text without arguments is not a MessageFormat pattern (apostrophes stay).
            return args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
