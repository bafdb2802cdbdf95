package vn.thuocdo.forms;

import java.util.Locale;

/** A text for people, Vietnamese first and English second. */
public record Text(String vi, String en) {

    public Text {
        if (vi == null || vi.isBlank()) {
            throw new IllegalArgumentException("A text needs its Vietnamese wording");
        }
    }

    /** The wording for a locale; Vietnamese when no English was given. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }
}
