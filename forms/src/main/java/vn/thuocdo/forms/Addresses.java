package vn.thuocdo.forms;

/**
 * E-mail addresses and Vietnamese phone numbers, checked by hand in one pass instead of by regular expressions:
 * a backtracking pattern over "a@" and 32,000 dots took 15 s; these take time proportional to a bounded length.
 */
final class Addresses {

    private static final String NOT_IN_LOCAL_PART = "()<>[]\\,;:\"@";

    private Addresses() {
    }

    /** local@domain.tld: one '@', a local part of 1-64 printable characters, a domain of 2+ labels of letters/digits/'-'. */
    static boolean isEmail(String text) {
        int at = text.indexOf('@');
        if (at < 1 || at > 64 || at != text.lastIndexOf('@') || text.length() - at - 1 > 253) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || NOT_IN_LOCAL_PART.indexOf(c) >= 0
                    || (c == '.' && (i == 0 || i == at - 1 || text.charAt(i - 1) == '.'))) {
                return false;
            }
        }
        int labels = 0;
        int labelStart = at + 1;
        boolean letter = false;
        for (int i = at + 1; i <= text.length(); i++) {
            char c = i == text.length() ? '.' : text.charAt(i);
            if (c == '.') {
                int length = i - labelStart;
                if (length < 1 || length > 63 || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == text.length()) {
                    // The last label names a country or a kind (vn, com): letters, two at least.
                    return labels >= 2 && letter && length >= 2;
                }
                labelStart = i + 1;
                letter = false;
            } else if (Character.isLetterOrDigit(c) || c == '-') {
                letter |= Character.isLetter(c);
            } else {
                return false;
            }
        }
        return false;
    }

    /** 0 and 9-10 digits, or +84 and 9-10 digits; spaces, dots and dashes between digits are allowed. */
    static boolean isPhone(String text) {
        int digits = 0;
        int start;
        if (text.startsWith("+84")) {
            start = 3;
        } else if (text.startsWith("0")) {
            start = 1;
        } else {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != ' ' && c != '.' && c != '-') {
                return false;
            }
        }
        return digits >= 9 && digits <= 10;
    }
}
