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

    /**
     * What the officers' and leader's screens do first: the round the task or address names, the signed-in person's
     * own unit's self-assessment in it handed to {@code show}; or a callout when the unit is in no round; or the
     * refusal in place of the page. Returns the round's id, null when there is none.
     */
    static String openOwn(com.vaadin.flow.component.orderedlayout.VerticalLayout view, BeforeEvent event,
                          String taskId, String formKey, Actor actor, Tasks tasks, Rounds rounds,
                          vn.thuocdo.assessment.SelfAssessments assessments, String pageKey,
                          java.util.function.Consumer<vn.thuocdo.assessment.SelfAssessment> show) {
        try {
            String roundId = round(event, taskId, formKey, actor, tasks, rounds).orElse(null);
            if (roundId == null) {
                com.vaadin.flow.component.html.Div none = new com.vaadin.flow.component.html.Div(
                        new com.vaadin.flow.component.html.Paragraph(view.getTranslation("assessment.noRound")));
                none.setId("assessment-empty");
                none.addClassName("td-callout");
                view.add(none);
                return null;
            }
            show.accept(assessments.open(actor, roundId, actor.unitId()));
            return roundId;
        } catch (vn.thuocdo.shared.Rejected refused) {
            view.removeAll();
            view.add(new vn.thuocdo.web.TaskRefusal(view.getTranslation(pageKey), refused));
            return null;
        }
    }
}
