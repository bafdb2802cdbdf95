/**
 * Survey questionnaires as versioned data: sections, questions, skip logic and constraints in a small ODK-like
 * expression language, validated on load, and the one reader that turns a respondent's raw answers into typed ones.
 */
@NamedInterface("questionnaire")
package vn.thuocdo.forms.questionnaire;

import org.springframework.modulith.NamedInterface;
