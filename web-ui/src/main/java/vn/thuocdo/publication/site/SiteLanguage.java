package vn.thuocdo.publication.site;

import java.util.Locale;

/**
 * The site's language, from {@code ?lang=} alone: Vietnamese unless {@code en} is asked. Set per answer, not by a
 * global LocaleResolver, so the REST API and the Vaadin screens keep their own rules.
 */
enum SiteLanguage {
    VI(Locale.forLanguageTag("vi-VN")), EN(Locale.ENGLISH);

    final Locale locale;

    SiteLanguage(Locale locale) {
        this.locale = locale;
    }

    /** {@code null} or {@code vi} is Vietnamese, {@code en} English; anything else is a bad request. */
    static SiteLanguage of(String lang) {
        if (lang == null || lang.isEmpty()) {
            return VI;
        }
        if (lang.length() > 5) {
            throw new SiteRefusal.BadRequest("site.error.badParameter", "lang");
        }
        return switch (lang) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> throw new SiteRefusal.BadRequest("site.error.badParameter", "lang");
        };
    }

    /** What the layout's links carry: {@code en}, or nothing for the default. */
    String code() {
        return this == EN ? "en" : "vi";
    }

    /** The {@code lang} query value a link keeps, null for Vietnamese (the default, so addresses stay short). */
    String param() {
        return this == EN ? "en" : null;
    }
}
