package vn.thuocdo.survey.invitation;

import vn.thuocdo.shared.Rejected;

import java.util.random.RandomGenerator;

/**
 * The code on an invitation letter or in an official's link: 10 random symbols (50 bits) and a check symbol, from
 * 32 symbols a person cannot confuse when reading a letter aloud or typing it on a phone (no 0/O, 1/I). The check
 * symbol (Luhn mod 32) catches every single mistyped symbol and most swaps of two neighbours, so a typo is told
 * "mistyped" at once instead of looking up a code that was never issued.
 */
public final class InvitationCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int RANDOM_SYMBOLS = 10;
    public static final int LENGTH = RANDOM_SYMBOLS + 1;
    /** What a person may type around a code (spaces, hyphens): longer is refused before anything else is read. */
    public static final int MAX_TYPED = 40;

    private final String value;

    private InvitationCode(String value) {
        this.value = value;
    }

    /** A new code from the generator (a SecureRandom in production). */
    public static InvitationCode generate(RandomGenerator random) {
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new InvitationCode(symbols.append(ALPHABET.charAt(checkSymbol(symbols))).toString());
    }

    /**
     * The code a person typed or a link carried: spaces and hyphens are ignored and lower case is read as upper case;
     * anything else outside the alphabet, a wrong length or a wrong check symbol is refused with its own message.
     */
    public static InvitationCode parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new Rejected("invitation.codeRequired");
        }
        if (typed.length() > MAX_TYPED) {
            throw new Rejected("invitation.codeTooLong", LENGTH);
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            if (ALPHABET.indexOf(upper) < 0) {
                throw new Rejected("invitation.codeMalformed", LENGTH);
            }
            symbols.append(upper);
        }
        if (symbols.length() != LENGTH) {
            throw new Rejected("invitation.codeMalformed", LENGTH);
        }
        if (checkSymbol(symbols.subSequence(0, RANDOM_SYMBOLS)) != ALPHABET.indexOf(symbols.charAt(RANDOM_SYMBOLS))) {
            throw new Rejected("invitation.codeMistyped");
        }
        return new InvitationCode(symbols.toString());
    }

    /** Luhn mod N over the alphabet's indices, N = 32 (the check symbol's index). */
    static int checkSymbol(CharSequence symbols) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return (n - sum % n) % n;
    }

    /** The 11 symbols, as hashed and as put in a link. */
    public String value() {
        return value;
    }

    /** As printed on a letter: {@code XXXX-XXXX-XXX}. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InvitationCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the code itself: a code in a log line is a key to someone's survey. */
    @Override
    public String toString() {
        return "InvitationCode[" + value.substring(0, 2) + "…]";
    }
}
