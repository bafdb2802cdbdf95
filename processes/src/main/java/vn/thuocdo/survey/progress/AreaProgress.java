package vn.thuocdo.survey.progress;

import vn.thuocdo.round.StageStatus;

/**
 * One province's or one commune's online survey in figures: the households selected (the target), letters issued
 * (still valid or answered), final responses. {@code id} is the unit id or the commune code.
 */
public record AreaProgress(String id, String name, long target, long letters, long responses) {

    public StageStatus.Progress progress() {
        return new StageStatus.Progress(responses, target);
    }
}
