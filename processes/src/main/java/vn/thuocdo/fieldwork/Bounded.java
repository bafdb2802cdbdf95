package vn.thuocdo.fieldwork;

import vn.thuocdo.shared.Rejected;

import java.util.regex.Pattern;

/** Text from people and devices, bounded before anything else looks at it. */
final class Bounded {

    static final int MAX_USERNAME = 64;
    static final int MAX_NAME = 200;
    /** Sign-in names as the built-in accounts and Keycloak have them. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");

    private Bounded() {
    }

    /** Trimmed text of 1 to {@code max} characters, else refused with {@code key}. */
    static String text(String value, int max, String key) {
        if (value == null || value.length() > max * 2 || value.strip().isEmpty() || value.strip().length() > max) {
            throw new Rejected(key, max);
        }
        return value.strip();
    }

    /** Trimmed text of at most {@code max} characters, or null when blank. */
    static String optional(String value, int max, String key) {
        return value == null || value.isBlank() ? null : text(value, max, key);
    }

    static String username(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_USERNAME || !USERNAME.matcher(value).matches()) {
            throw new Rejected("fieldwork.usernameInvalid", MAX_USERNAME);
        }
        return value;
    }
}
