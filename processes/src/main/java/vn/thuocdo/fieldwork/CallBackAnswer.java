package vn.thuocdo.fieldwork;

import java.util.Map;

/**
 * What the supervisor heard on a call-back: whether the household was reached, whether it confirms the visit, its
 * answers to the design's key questions (raw, as the questionnaire reads them) and a note.
 */
public record CallBackAnswer(boolean reached, Boolean visitConfirmed, Map<String, ?> answers, String note) {

    public static CallBackAnswer unreachable(String note) {
        return new CallBackAnswer(false, null, Map.of(), note);
    }
}
