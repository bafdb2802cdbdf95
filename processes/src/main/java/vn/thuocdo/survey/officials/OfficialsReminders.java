package vn.thuocdo.survey.officials;

import org.springframework.stereotype.Component;
import vn.thuocdo.survey.response.SurveyReminders;

/** The officials' reminder run, on SurveyProcess's reminder timer while the online survey is open. */
@Component
class OfficialsReminders implements SurveyReminders {

    private final OfficialsSurvey survey;

    OfficialsReminders(OfficialsSurvey survey) {
        this.survey = survey;
    }

    @Override
    public void remind(String roundId) {
        survey.remind(roundId);
    }
}
