package vn.thuocdo.forms.questionnaire;

/** How complete a response must be: a draft may leave required questions empty, a final answer may not. */
public enum Completeness {
    DRAFT, FINAL
}
