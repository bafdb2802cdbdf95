package vn.thuocdo.survey.response;

import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.invitation.Invitation;

import java.util.Map;

/** Someone who entered a valid code: what they are asked, and where they stopped (the draft, as stored). */
public record Respondent(Invitation invitation, Questionnaire questionnaire, Map<String, Object> draft,
                         String section, WindowState window) {
}
