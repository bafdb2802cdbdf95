package vn.thuocdo.forms.questionnaire;

/** One token of an expression, with its 1-based position for the reason a definition is refused. */
record Token(Type type, String text, int position) {

    enum Type { NUMBER, STRING, REFERENCE, DOT, NAME, SYMBOL }

    /** An operator, parenthesis, comma or keyword: what the parser matches by its text. */
    boolean isWord() {
        return type == Type.NAME || type == Type.SYMBOL;
    }
}
