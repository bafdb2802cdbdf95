package vn.thuocdo.forms.questionnaire;

/** What a question asks for, and so how its answer is read and kept. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE,
    /** One item of the satisfaction index: a 5-option scale, tied to a service or policy element of the grouping. */
    SATISFACTION,
    INTEGER, DECIMAL, TEXT, LONG_TEXT, DATE,
    /** Text shown to the respondent, never answered. */
    NOTE;

    /** Whether the answer is a key from the question's choice list. */
    public boolean usesChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == SATISFACTION;
    }

    public boolean isNumber() {
        return this == INTEGER || this == DECIMAL;
    }

    public boolean isText() {
        return this == TEXT || this == LONG_TEXT;
    }
}
