package vn.thuocdo.fieldwork;

import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;

import java.util.List;

/** The design's key questions a call-back asks again, from the round's pinned questionnaire, in the design's order. */
public record KeyQuestions(Questionnaire questionnaire, List<Question> questions) {

    public KeyQuestions {
        questions = List.copyOf(questions);
    }
}
