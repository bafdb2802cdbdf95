package vn.thuocdo.survey.progress;

import vn.thuocdo.round.Round;
import vn.thuocdo.survey.response.WindowState;

import java.util.List;

/** A round's online survey: its window (null before the sample is approved) and every province's figures. */
public record SurveyOverview(Round round, WindowState window, List<AreaProgress> areas) {

    public AreaProgress total() {
        return new AreaProgress(round.id(), round.name(), areas.stream().mapToLong(AreaProgress::target).sum(),
                areas.stream().mapToLong(AreaProgress::letters).sum(),
                areas.stream().mapToLong(AreaProgress::responses).sum());
    }
}
