package vn.thuocdo.survey;

import org.springframework.stereotype.Component;
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

    SurveyChoices(SampleDrawing drawing) {
        this.drawing = drawing;
    }

    void check(SurveyChoice choice) {
        if (choice == null) {
            throw new Rejected("survey.designMissing");
        }
        reference("citizenQuestionnaire", choice.citizenQuestionnaire());
        reference("officialsQuestionnaire", choice.officialsQuestionnaire());
        reference("design", choice.design());
        drawing.design(choice.design());
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
