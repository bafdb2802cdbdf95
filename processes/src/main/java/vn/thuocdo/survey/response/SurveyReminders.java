package vn.thuocdo.survey.response;

/**
 * Reminds the round's officials who have not answered yet, once per reminder cycle while the online survey is
 * open. Implemented by the officials' part; {@code SurveyProcess} calls it if a bean exists, else reminds nobody.
 */
public interface SurveyReminders {

    void remind(String roundId);
}
