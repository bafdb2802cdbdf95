package vn.thuocdo.publication.site;

import java.util.regex.Pattern;

/**
 * The site's parameters read at the edge: each bounded in length before it is matched, then parsed into its type.
 * Anything else is a 400 page naming the parameter.
 */
final class SiteParams {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private SiteParams() {
    }

    /** {@code nam}: a four-digit year, or null when not given. */
    static Integer year(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Integer.valueOf(matched(value, 4, YEAR, name));
    }

    static Ranking.Kind kind(String value) {
        if (value == null || value.isEmpty()) {
            return Ranking.Kind.TINH;
        }
        return switch (bounded(value, 4, "loai")) {
            case "tinh" -> Ranking.Kind.TINH;
            case "bo" -> Ranking.Kind.BO;
            default -> throw bad("loai");
        };
    }

    static Ranking.Index index(String value) {
        if (value == null || value.isEmpty()) {
            return Ranking.Index.PAR;
        }
        return switch (bounded(value, 5, "chi-so")) {
            case "par" -> Ranking.Index.PAR;
            case "sipas" -> Ranking.Index.SIPAS;
            default -> throw bad("chi-so");
        };
    }

    static Ranking.Sort sort(String value) {
        if (value == null || value.isEmpty()) {
            return Ranking.Sort.DEFAULT;
        }
        String v = bounded(value, 8, "sap-xep");
        boolean descending = v.startsWith("-");
        String column = descending ? v.substring(1) : v;
        for (Ranking.Column c : Ranking.Column.values()) {
            if (c.param.equals(column)) {
                return new Ranking.Sort(c, descending);
            }
        }
        throw bad("sap-xep");
    }

    /** A publication's code as people cite it ({@code CB-2026-01}). */
    static String code(String value) {
        return matched(value, 40, CODE, "code");
    }

    static String unit(String value) {
        return matched(value, 32, UNIT, "unit");
    }

    /** A file's path inside a publication: segments of safe characters, never {@code ..} or an absolute path. */
    static String path(String value) {
        String v = matched(value, 200, PATH, "path");
        for (String segment : v.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw bad("path");
            }
        }
        return v;
    }

    /** A pasted SHA-256: trimmed, bounded, then exactly 64 hexadecimal characters, compared in lower case. */
    static String sha256(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > 64 || !SHA256.matcher(v).matches()) {
            throw new SiteRefusal.BadRequest("site.verify.badSha");
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }

    private static String matched(String value, int max, Pattern pattern, String name) {
        String v = bounded(value, max, name);
        if (!pattern.matcher(v).matches()) {
            throw bad(name);
        }
        return v;
    }

    private static String bounded(String value, int max, String name) {
        if (value == null || value.isEmpty() || value.length() > max) {
            throw bad(name);
        }
        return value;
    }

    private static SiteRefusal.BadRequest bad(String name) {
        return new SiteRefusal.BadRequest("site.error.badParameter", name);
    }
}
