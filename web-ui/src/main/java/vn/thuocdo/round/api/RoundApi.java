package vn.thuocdo.round.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundProgress;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.web.CurrentActor;

import java.util.List;

/** Rounds for devices and integrations; the same rules as the screens (a round's progress is its organiser's). */
@RestController
class RoundApi {

    private final Rounds rounds;
    private final CurrentActor currentActor;

    RoundApi(Rounds rounds, CurrentActor currentActor) {
        this.rounds = rounds;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/rounds")
    List<Round> rounds() {
        return rounds.visibleTo(currentActor.get());
    }

    @GetMapping("/api/v1/rounds/{roundId}/progress")
    RoundProgress progress(@PathVariable String roundId) {
        return rounds.progress(roundId, currentActor.get());
    }
}
