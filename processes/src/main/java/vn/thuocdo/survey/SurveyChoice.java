package vn.thuocdo.survey;

/**
 * What the coordinator chooses for a round's survey: the questionnaire versions for citizens and for officials and
 * the sample design, each pinned as {@code id@version}.
 */
public record SurveyChoice(String citizenQuestionnaire, String officialsQuestionnaire, String design) {
}
