package vn.thuocdo.survey;

import vn.thuocdo.round.Round;

import java.util.List;

/**
 * What the coordinator reviews: the round, its plan, the version shown (with every version drawn, newest first),
 * the figures per province and for the whole country.
 */
public record SampleReview(Round round, SurveyPlan plan, SampleVersion version, List<SampleVersion> versions,
                           List<ProvinceSummary> provinces, ProvinceSummary national) {
}
