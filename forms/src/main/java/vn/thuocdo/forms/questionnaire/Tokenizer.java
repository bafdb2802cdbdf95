package vn.thuocdo.forms.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits an expression into tokens in one pass, refusing past 1,000 characters or 200 tokens before looking further. */
final class Tokenizer {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "div", "mod", "not", "selected",
            "count-selected", "string-length", "today");
    /** Only these names go on past a '-', so "${a} mod-1" still reads as a subtraction. */
    private static final Set<String> HYPHENATED = Set.of("count", "string");
    private static final int MAX_ID = 64;

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private Tokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        if (text.length() > ExpressionParser.MAX_CHARS) {
            throw new ExpressionInvalid("expression.tooLong", text.length(), ExpressionParser.MAX_CHARS);
        }
        Tokenizer tokenizer = new Tokenizer(text);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                at++;
                continue;
            }
            if (tokens.size() == ExpressionParser.MAX_TOKENS) {
                throw new ExpressionInvalid("expression.tooManyTokens", ExpressionParser.MAX_TOKENS);
            }
            int start = at;
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, at + 1);
                if (end < 0) {
                    throw new ExpressionInvalid("expression.unterminatedString", start + 1);
                }
                add(Token.Type.STRING, text.substring(at + 1, end), start, end + 1);
            } else if (c == '$') {
                reference(start);
            } else if (digit(c) || (c == '.' && at + 1 < text.length() && digit(text.charAt(at + 1)))) {
                number(start);
            } else if (c == '.') {
                add(Token.Type.DOT, ".", start, at + 1);
            } else if (letter(c)) {
                name(start);
            } else if ((c == '!' || c == '<' || c == '>') && at + 1 < text.length() && text.charAt(at + 1) == '=') {
                add(Token.Type.SYMBOL, text.substring(at, at + 2), start, at + 2);
            } else if ("=<>+-*(),".indexOf(c) >= 0) {
                add(Token.Type.SYMBOL, String.valueOf(c), start, at + 1);
            } else {
                throw new ExpressionInvalid("expression.unexpectedCharacter", shown(c), start + 1);
            }
        }
    }

    private void reference(int start) {
        int close = text.indexOf('}', start);
        if (start + 1 >= text.length() || text.charAt(start + 1) != '{' || close < 0 || close - start - 2 > MAX_ID
                || !QuestionnaireValidator.isId(text.substring(start + 2, close))) {
            throw new ExpressionInvalid("expression.badReference", start + 1);
        }
        add(Token.Type.REFERENCE, text.substring(start + 2, close), start, close + 1);
    }

    private void number(int start) {
        int end = start;
        boolean dot = false;
        while (end < text.length() && (digit(text.charAt(end)) || (!dot && text.charAt(end) == '.'))) {
            dot |= text.charAt(end) == '.';
            end++;
        }
        if (end - start > 40) {
            throw new ExpressionInvalid("expression.unexpected", text.substring(start, start + 40) + "…", start + 1);
        }
        add(Token.Type.NUMBER, text.substring(start, end), start, end);
    }

    private void name(int start) {
        int end = start;
        while (end < text.length() && end - start <= MAX_ID && (letter(text.charAt(end)) || digit(text.charAt(end))
                || text.charAt(end) == '_' || text.charAt(end) == ':' || (text.charAt(end) == '-'
                && HYPHENATED.contains(text.substring(start, end))))) {
            end++;
        }
        String name = text.substring(start, end);
        if (!KEYWORDS.contains(name)) {
            throw new ExpressionInvalid("expression.unknownName", name, start + 1);
        }
        add(Token.Type.NAME, name, start, end);
    }

    private void add(Token.Type type, String value, int start, int end) {
        tokens.add(new Token(type, value, start + 1));
        at = end;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String shown(char c) {
        return c < ' ' || c > '~' ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
