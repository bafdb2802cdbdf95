package vn.thuocdo.forms;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as it arrives from people, files and other systems, made comparable at the edge: one Unicode form (NFC),
 * no invisible padding, no control characters. Every entry point (forms, API, spreadsheets) cleans here, so
 * "Đông Hải" typed on a Mac (decomposed) and on Windows (composed) is the same village.
 */
public final class Input {

    private Input() {
    }

    /** NFC, with leading and trailing white space of any kind removed (no-break spaces, zero-width marks too). */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.charAt(start))) {
            start++;
        }
        while (end > start && invisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Where the first character that has no place in a text field is (a control character other than a line break
     * or a tab, or half of a broken surrogate pair), or -1. Such characters are refused, not silently dropped.
     */
    public static int forbiddenAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return i;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a run of more than {@code max} combining marks in a row starts, or -1. Composing such a run costs time
     * growing with the square of its length (2,000 alternating marks took a third of a second), and no language needs
     * it: Vietnamese puts at most two marks on a letter, Unicode's stream-safe format allows 30. Checked on the raw
     * text, before {@link #clean}.
     */
    public static int markRunAt(String text, int max) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            int type = Character.getType(text.charAt(i));
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                if (++run > max) {
                    return i - max;
                }
            } else {
                run = 0;
            }
        }
        return -1;
    }

    /** The same name whatever its Unicode form, case or inner spacing: for searching and duplicate checks. */
    public static String comparable(String name) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : clean(name).toLowerCase(Locale.ROOT).toCharArray()) {
            if (invisible(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The text as a message can show it: characters a reader cannot see are written as their code ("⟨U+00A0⟩"), so
     * "31 " with a no-break space no longer looks like a correct "31". Cut after {@code max} characters.
     */
    public static String visible(String text, int max) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(text.length(), max);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c != ' ' && (invisible(c) || Character.getType(c) == Character.CONTROL || Character.isSurrogate(c))) {
                out.append(String.format("⟨U+%04X⟩", (int) c));
            } else {
                out.append(c);
            }
        }
        return shown < text.length() ? out.append('…').toString() : out.toString();
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
