package vn.thuocdo.forms;

import java.util.Optional;

/**
 * Whole numbers as Vietnamese write them, read strictly: "1644" always, and "1.644" (a dot between groups of three
 * digits) where the field allows grouping. Nothing is stripped to make a number fit: "1.5", "..5", "10,5", "1e9" and
 * "1.64" are refused with the reason, so a decimal never becomes a different whole number.
 */
public final class VietnameseNumbers {

    /** Longer texts are refused before any digit is looked at: a long can hold 18 digits safely. */
    static final int MAX_DIGITS = 18;

    /** Why a text is not a whole number; each is a message key under {@code number.}. */
    public enum Refusal {
        NOT_A_NUMBER, DECIMAL, EXPONENT, BAD_GROUPING, TOO_LONG
    }

    /** Either the number or the reason it was refused. */
    public record Parsed(Long value, Refusal refusal) {
        public Optional<Long> number() {
            return Optional.ofNullable(value);
        }
    }

    private VietnameseNumbers() {
    }

    /** Reads a cleaned text (see {@link Input#clean}); {@code grouping} allows "1.644" for 1644. */
    public static Parsed parseInteger(String text, boolean grouping) {
        if (text.length() > MAX_DIGITS + MAX_DIGITS / 3 + 1) {
            return refused(Refusal.TOO_LONG);
        }
        int start = text.startsWith("-") ? 1 : 0;
        if (start == text.length()) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        long value = 0;
        int digits = 0;
        int sinceDot = -1;
        int firstGroup = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_DIGITS) {
                    return refused(Refusal.TOO_LONG);
                }
                value = value * 10 + (c - '0');
                if (sinceDot >= 0) {
                    sinceDot++;
                } else {
                    firstGroup++;
                }
            } else if (c == '.') {
                if (!grouping) {
                    return refused(Refusal.DECIMAL);
                }
                if (digits == 0 || (sinceDot >= 0 && sinceDot != 3) || (sinceDot < 0 && firstGroup > 3)) {
                    return refused(Refusal.BAD_GROUPING);
                }
                sinceDot = 0;
            } else if (c == ',') {
                return refused(Refusal.DECIMAL);
            } else if (c == 'e' || c == 'E') {
                return refused(Refusal.EXPONENT);
            } else {
                return refused(Refusal.NOT_A_NUMBER);
            }
        }
        if (digits == 0) {
            return refused(Refusal.NOT_A_NUMBER);
        }
        if (sinceDot >= 0 && sinceDot != 3) {
            // "1.5" or "1.64": a decimal, or a thousands mark in the wrong place; either way not this number.
            return refused(sinceDot < 3 ? Refusal.DECIMAL : Refusal.BAD_GROUPING);
        }
        return new Parsed(start == 1 ? -value : value, null);
    }

    private static Parsed refused(Refusal refusal) {
        return new Parsed(null, refusal);
    }
}
