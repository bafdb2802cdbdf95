package vn.thuocdo.assessment.ui;

import com.vaadin.flow.router.BeforeEvent;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundState;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.util.Comparator;
import java.util.Optional;

/**
 * Which round a self-assessment screen shows: the round of the task it was opened from
 * ({@code assessment/self/<taskId>}), else {@code ?round=<id>}, else the newest running round the unit takes part in (or, with none running, the newest being prepared).
 * The unit is always the signed-in person's own; the capability checks both again.
 */
final class AssessmentPlace {

    private AssessmentPlace() {
    }

    static Optional<String> round(BeforeEvent event, String taskId, String formKey, Actor actor, Tasks tasks,
                                  Rounds rounds) {
        if (taskId != null && !taskId.isBlank()) {
            WorkItem item = tasks.open(taskId, actor, formKey);
            return Optional.ofNullable(item.roundId());
        }
        Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter("round");
        if (wanted.isPresent()) {
            return wanted;
        }
        // A running round first; else the newest one the unit is in (a round being prepared), so officers can start.
        var visible = rounds.visibleTo(actor).stream()
                .filter(r -> r.state() == RoundState.LAUNCHED || r.state() == RoundState.DRAFT).toList();
        return visible.stream().filter(r -> r.state() == RoundState.LAUNCHED).max(Comparator.comparingInt(Round::year))
                .or(() -> visible.stream().max(Comparator.comparingInt(Round::year))).map(Round::id);
    }
}
