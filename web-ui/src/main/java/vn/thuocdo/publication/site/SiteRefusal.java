package vn.thuocdo.publication.site;

import java.util.List;

/** Why a public page is not answered: a 404 or 400 page in the reader's language, never a 500. */
abstract sealed class SiteRefusal extends RuntimeException {

    final String key;
    final List<Object> args;

    SiteRefusal(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = List.of(args);
    }

    abstract int status();

    /** Nothing published under this address (an unknown code, path, unit or year). */
    static final class NotFound extends SiteRefusal {
        NotFound(String key, Object... args) {
            super(key, args);
        }

        @Override
        int status() {
            return 404;
        }
    }

    /** A parameter too long or not of its pattern. */
    static final class BadRequest extends SiteRefusal {
        BadRequest(String key, Object... args) {
            super(key, args);
        }

        @Override
        int status() {
            return 400;
        }
    }

    /** An upload past the project's upload limit. */
    static final class TooLarge extends SiteRefusal {
        TooLarge(String key, Object... args) {
            super(key, args);
        }

        @Override
        int status() {
            return 413;
        }
    }
}
