package vn.thuocdo.fieldwork;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reads behind the enumerator's screens: their rounds, and one slot opened with all it needs (round of 2087). */
@ProcessTest
class EnumeratorReadsTest {

    @Autowired FieldworkScene fixture;
    @Autowired Assignments assignments;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired Questionnaires questionnaires;

    @Test
    void anEnumeratorOpensTheirSlotWithItsInterviewCommentsReasonAndNextSpareAndNoOneElseOpensIt() {
        FieldworkScene.Team team = fixture.setUp(2087);
        assertThat(assignments.roundsOf(team.enumerator())).isEmpty();
        List<Long> slots = fixture.households(team, team.commune());
        assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        assertThat(assignments.roundsOf(team.enumerator())).extracting(FieldworkRound::id)
                .containsExactly(team.roundId());
        assertThatThrownBy(() -> assignments.roundsOf(TestActors.HAI_PHONG)).isInstanceOf(AccessDenied.class);

        InterviewSlot fresh = interviews.open(team.enumerator(), slots.get(0));
        assertThat(fresh.interview()).isNull();
        assertThat(fresh.questionnaire()).isEqualTo("sipas-citizen@1");
        assertThat(fresh.household().order()).isEqualTo(1);
        assertThat(fresh.nextReplacement().slot()).isEqualTo(fixture.replacements(slots.get(0)).get(0));

        String id = UUID.randomUUID().toString();
        Map<String, Object> answers = CompleteAnswers.of(questionnaires.find("sipas-citizen@1").orElseThrow(), 4);
        interviews.complete(team.enumerator(), id, slots.get(0), answers, Paradata.NONE, EntryMode.PAPER);
        reviews.reject(team.supervisor(), id, List.of(new ReviewComment.New("sex", "Hỏi lại")), "Thiếu thông tin");
        InterviewSlot rejected = interviews.open(team.enumerator(), slots.get(0));
        assertThat(rejected.interview().state()).isEqualTo(InterviewState.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Thiếu thông tin");
        assertThat(rejected.openComments()).extracting(ReviewComment::questionId).containsExactly("sex");
        assertThat(rejected.household().openComments()).isEqualTo(1);
        assertThat(assignments.forEnumerator(team.enumerator(), team.roundId()).get(0).toVisit().get(0)
                .openComments()).isEqualTo(1);

        assertThatThrownBy(() -> interviews.open(team.secondEnumerator(), slots.get(0)))
                .isInstanceOf(Rejected.class).hasMessageContaining("fieldwork.slotNotAssigned");
        assertThatThrownBy(() -> interviews.open(TestActors.HAI_PHONG, slots.get(0))).isInstanceOf(AccessDenied.class);
    }
}
