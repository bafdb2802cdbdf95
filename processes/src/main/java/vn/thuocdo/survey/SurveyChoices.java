package vn.thuocdo.survey;

import org.springframework.stereotype.Component;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.shared.Rejected;

import java.util.regex.Pattern;

/**
 * Checks a survey choice before anything is saved: every reference bounded and well formed, the design known.
 * Each refusal names the field it is about, so the screen can show it there.
 */
@Component
class SurveyChoices {

    /** {@code id@version}, as definitions are named; bounded before the pattern runs. */
    static final int MAX_REFERENCE = 80;
    private static final Pattern REFERENCE = Pattern.compile("[a-z][a-zA-Z0-9_-]{0,63}@[1-9][0-9]{0,5}");

    private final SampleDrawing drawing;
    private final Questionnaires questionnaires;

    SurveyChoices(SampleDrawing drawing, Questionnaires questionnaires) {
        this.drawing = drawing;
        this.questionnaires = questionnaires;
    }

    void check(SurveyChoice choice) {
        if (choice == null) {
            throw new Rejected("survey.designMissing");
        }
        reference("citizenQuestionnaire", choice.citizenQuestionnaire());
        reference("officialsQuestionnaire", choice.officialsQuestionnaire());
        reference("design", choice.design());
        questionnaire("citizenQuestionnaire", choice.citizenQuestionnaire(), Questionnaire.Kind.CITIZEN);
        questionnaire("officialsQuestionnaire", choice.officialsQuestionnaire(), Questionnaire.Kind.OFFICIALS);
        drawing.design(choice.design());
    }

    /** A version that exists and is for the right respondents: a citizens' form pinned for officials is refused. */
    private void questionnaire(String field, String reference, Questionnaire.Kind kind) {
        Questionnaire found = questionnaires.find(reference)
                .orElseThrow(() -> new Rejected("survey." + field + "Unknown", reference));
        if (found.kind() != kind) {
            throw new Rejected("survey." + field + "WrongKind", reference);
        }
    }

    private static void reference(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new Rejected("survey." + field + "Missing");
        }
        if (value.length() > MAX_REFERENCE || !REFERENCE.matcher(value).matches()) {
            throw new Rejected("survey." + field + "Invalid");
        }
    }
}
