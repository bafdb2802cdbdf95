package vn.thuocdo.survey;

import java.time.Instant;

/** A round's survey plan as chosen: the pinned versions, and who chose them when. */
public record SurveyPlan(String roundId, SurveyChoice choice, String chosenBy, Instant chosenAt) {
}
