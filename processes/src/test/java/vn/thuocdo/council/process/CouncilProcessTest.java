package vn.thuocdo.council.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.thuocdo.council.Ballot;
import vn.thuocdo.council.Choice;
import vn.thuocdo.council.CouncilBoard;
import vn.thuocdo.council.CouncilProcessScene;
import vn.thuocdo.council.CouncilSentBack;
import vn.thuocdo.council.Councils;
import vn.thuocdo.council.Outcome;
import vn.thuocdo.council.Session;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.council.CouncilProcessScene.BINH;
import static vn.thuocdo.council.CouncilProcessScene.HUONG;
import static vn.thuocdo.council.CouncilProcessScene.LAN;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * {@code CouncilApprovalProcess} on the engine and PostgreSQL: the members' votes in parallel, the rule stopping the
 * vote as soon as it decides, the deadline timer, a send-back and a new session. Rounds 2031-2033.
 */
@CouncilProcessScene.Context
@RecordApplicationEvents
class CouncilProcessTest {

    @Autowired CouncilProcessScene scene;
    @Autowired Councils councils;
    @Autowired Tasks tasks;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ApplicationEvents events;

    private static final Ballot APPROVE = new Ballot(Choice.APPROVE, null, List.of());

    @Test
    void membersVoteInParallelAndTheVoteStopsAsSoonAsTheRuleDecides() {
        Round round = scene.atCouncil(2031, LAN, BINH, HUONG);
        LocalDate closesOn = LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(12);
        Session session = councils.open(round.id(), closesOn, COORDINATOR);

        List<Task> votes = voteTasks(round);
        assertThat(votes).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("hoidong", "hoidong.binh", "hoidong.huong");
        assertThat(votes).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(session.closesAt())));
        WorkItem inLansInbox = tasks.inbox(LAN, new InboxFilter(round.id(), null), 0, 10).stream()
                .filter(w -> round.id().equals(w.roundId())).findFirst().orElseThrow();
        assertThat(inLansInbox.formKey()).isEqualTo("council/vote");
        assertThat(inLansInbox.name()).isEqualTo("Biểu quyết");

        councils.vote(round.id(), APPROVE, LAN);
        assertThat(voteTasks(round)).hasSize(2);
        CouncilBoard sealed = councils.board(round.id(), BINH);
        assertThat(sealed.tally().votesCast()).isEqualTo(1);
        assertThat(sealed.votes()).as("nobody reads another's vote before the decision").isEmpty();
        assertThat(sealed.ownVote()).isEmpty();

        // Two of three approve: more than half of the members, so the third vote cannot change it.
        councils.vote(round.id(), APPROVE, BINH);
        assertThat(voteTasks(round)).as("the completion condition ended the vote").isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(round.id() + ":council").count())
                .as("approved ends the stage").isZero();
        CouncilBoard decided = councils.board(round.id(), HUONG);
        assertThat(decided.current().orElseThrow().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.votes()).extracting(v -> v.username()).containsExactly("hoidong", "hoidong.binh");
        assertThatThrownBy(() -> councils.vote(round.id(), APPROVE, HUONG))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("council.decided"));
        assertThat(events.stream(CouncilSentBack.class)).isEmpty();
    }

    @Test
    void sendingBackNamesTheUnitsAndCommentsAndANewSessionThenApproves() {
        Round round = scene.atCouncil(2032, LAN, BINH, HUONG);
        councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(5), COORDINATOR);
        councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "Điểm tiêu chí 3.2 chưa có tài liệu kiểm chứng",
                List.of("T34-31")), LAN);
        councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "Cần xem lại điểm Hà Nội", List.of("T34-01", "T34-31")),
                BINH);

        assertThat(councils.board(round.id(), COORDINATOR).current().orElseThrow().outcome())
                .isEqualTo(Outcome.SENT_BACK);
        assertThat(events.stream(CouncilSentBack.class)).singleElement().satisfies(sent -> {
            assertThat(sent.roundId()).isEqualTo(round.id());
            assertThat(sent.unitIds()).containsExactlyInAnyOrder("T34-31", "T34-01");
            assertThat(sent.comments()).containsExactlyInAnyOrder("Điểm tiêu chí 3.2 chưa có tài liệu kiểm chứng",
                    "Cần xem lại điểm Hà Nội");
        });
        assertThat(voteTasks(round)).isEmpty();
        assertThat(councils.board(round.id(), COORDINATOR).canOpen()).as("back to the coordinator").isTrue();

        Session second = councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(5), COORDINATOR);
        assertThat(second.number()).isEqualTo(2);
        councils.vote(round.id(), APPROVE, HUONG);
        councils.vote(round.id(), APPROVE, LAN);
        CouncilBoard board = councils.board(round.id(), COORDINATOR);
        assertThat(board.sessions()).extracting(Session::outcome).containsExactly(Outcome.SENT_BACK, Outcome.APPROVED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(round.id() + ":council").count())
                .isZero();
    }

    @Test
    void theDeadlineClosesTheVoteAndTheRuleDecidesOnTheVotesCastOrWaitsForANewSession() {
        Round round = scene.atCouncil(2033, LAN, BINH, HUONG);
        councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(3), COORDINATOR);
        councils.vote(round.id(), APPROVE, LAN);
        councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "Chưa thống nhất", List.of("T34-31")), BINH);
        assertThat(voteTasks(round)).as("one each way: undecided, the vote goes on").hasSize(1);

        management.executeJob(deadline(round).getId());
        // Quorum (2 of 3) and 1 approval is not more than half of 2 votes: sent back.
        assertThat(councils.board(round.id(), COORDINATOR).current().orElseThrow().outcome())
                .isEqualTo(Outcome.SENT_BACK);
        assertThat(voteTasks(round)).isEmpty();

        councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(3), COORDINATOR);
        councils.vote(round.id(), APPROVE, HUONG);
        management.executeJob(deadline(round).getId());
        // One vote of three is no quorum: undecided, and the coordinator opens another session.
        CouncilBoard board = councils.board(round.id(), COORDINATOR);
        assertThat(board.current().orElseThrow().outcome()).isEqualTo(Outcome.UNDECIDED);
        assertThat(board.canOpen()).isTrue();
        assertThat(events.stream(CouncilSentBack.class)).hasSize(1);
    }

    private List<Task> voteTasks(Round round) {
        return taskService.createTaskQuery().processInstanceBusinessKey(round.id() + ":council")
                .taskDefinitionKey(CouncilVariables.VOTE_TASK).list();
    }

    private Job deadline(Round round) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(round.id() + ":council")
                .singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).timers().singleResult();
    }

    @SuppressWarnings("unused")
    private static Actor[] members(Actor... actors) {
        return actors;
    }
}
