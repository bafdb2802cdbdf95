package vn.thuocdo.fieldwork;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.ProcessTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paper forms typed twice, on PostgreSQL: the draw, the second entry, the differences and their settling. Round 2066. */
@ProcessTest
class DoubleEntriesTest {

    @Autowired FieldworkScene fixture;
    @Autowired Assignments assignments;
    @Autowired Interviews interviews;
    @Autowired DoubleEntries entries;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anotherPersonOfTheBranchTypesADrawnPaperFormAgainAndTheSupervisorSettlesTheDifferences() {
        FieldworkScene.Team team = fixture.setUp(2066);
        List<Long> slots = fixture.households(team, team.commune());
        assignments.assign(team.supervisor(), slots.get(0), team.enumerator().username(), null);
        assignments.assign(team.supervisor(), slots.get(1), team.enumerator().username(), null);
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Map<String, Object> first = CompleteAnswers.of(sipas, 11);

        interviews.complete(team.enumerator(), UUID.randomUUID().toString(), slots.get(1), first, Paradata.NONE,
                EntryMode.INTERVIEW);
        assertThat(entries.waiting(team.secondEnumerator(), team.roundId())).as("asked on a tablet: nothing to retype")
                .isEmpty();
        String id = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), id, slots.get(0), first, Paradata.NONE, EntryMode.PAPER);

        assertThat(entries.waiting(team.enumerator(), team.roundId())).as("never the first typist").isEmpty();
        List<PaperForm> waiting = entries.waiting(team.secondEnumerator(), team.roundId());
        assertThat(waiting).singleElement().satisfies(form -> {
            assertThat(form.interviewId()).isEqualTo(id);
            assertThat(form.firstTypist()).isEqualTo("Nguyễn Văn Điều Tra");
            assertThat(form.questionnaire()).isEqualTo("sipas-citizen@1");
        });
        assertThat(entries.waiting(team.otherEnumerator(), team.roundId())).as("another branch").isEmpty();
        assertThat(refusal(() -> entries.enter(team.enumerator(), id, first))).isEqualTo("fwproc.secondEntry.ownForm");
        assertThatThrownBy(() -> entries.enter(team.otherEnumerator(), id, first)).isInstanceOf(AccessDenied.class);

        Map<String, Object> second = new HashMap<>(first);
        String otherSex = sipas.choicesOf(sipas.question("sex").orElseThrow()).stream().map(c -> c.key())
                .filter(k -> !k.equals(first.get("sex"))).findFirst().orElseThrow();
        second.put("sex", otherSex);
        Map<String, Object> broken = new HashMap<>(second);
        broken.remove("sex");
        assertThatThrownBy(() -> entries.enter(team.secondEnumerator(), id, broken))
                .isInstanceOf(InvalidResponse.class);

        List<EntryDifference> differences = entries.enter(team.secondEnumerator(), id, second);
        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.questionId()).isEqualTo("sex");
            assertThat(d.first()).isEqualTo(first.get("sex"));
            assertThat(d.second()).isEqualTo(otherSex);
            assertThat(d.settled()).isFalse();
        });
        assertThat(entries.enter(team.secondEnumerator(), id, second)).as("a resend").isEqualTo(differences);
        assertThat(refusal(() -> entries.enter(team.secondEnumerator(), id, first)))
                .isEqualTo("fwproc.secondEntry.alreadyEntered");
        assertThat(entries.waiting(team.secondEnumerator(), team.roundId())).isEmpty();

        assertThat(entries.toSettle(team.otherSupervisor(), team.roundId())).isEmpty();
        List<EntryComparison> toSettle = entries.toSettle(team.supervisor(), team.roundId());
        assertThat(toSettle).singleElement().satisfies(c -> {
            assertThat(c.secondTypist()).isEqualTo("Lê Thị Hai");
            assertThat(c.open()).isOne();
        });
        assertThat(refusal(() -> entries.settle(team.supervisor(), id, "sex", EntryDifference.Keep.SECOND, " ")))
                .isEqualTo("fwproc.secondEntry.reasonRequired");
        assertThat(refusal(() -> entries.settle(team.supervisor(), id, "ageBand", EntryDifference.Keep.SECOND,
                "Không có khác biệt"))).isEqualTo("fwproc.secondEntry.noSuchDifference");
        assertThatThrownBy(() -> entries.settle(team.otherSupervisor(), id, "sex", EntryDifference.Keep.FIRST,
                "Giám sát viên nhánh khác")).isInstanceOf(AccessDenied.class);

        List<EntryDifference> settled = entries.settle(team.supervisor(), id, "sex", EntryDifference.Keep.SECOND,
                "Phiếu giấy ghi rõ ô thứ hai");
        assertThat(settled).singleElement().satisfies(d -> {
            assertThat(d.kept()).isEqualTo(EntryDifference.Keep.SECOND);
            assertThat(d.settledBy()).isEqualTo(team.supervisor().username());
        });
        assertThat(interviews.find(team.enumerator(), id).answers()).containsEntry("sex", otherSex);
        assertThat(jdbc.queryForObject("select count(*) from fieldwork_event where interview_id = ? and kind = 'EDITED'",
                Integer.class, id)).isOne();
        assertThat(entries.toSettle(team.supervisor(), team.roundId())).as("all settled").isEmpty();
    }

    @Test
    void theDifferencesAreTheQuestionsWhoseStoredValuesDifferEitherWay() {
        List<EntryDifference> none = DoubleEntries.compare(Map.of("a", "1", "b", List.of("x")),
                Map.of("a", "1", "b", List.of("x")));
        assertThat(none).isEmpty();
        List<EntryDifference> some = DoubleEntries.compare(Map.of("a", "1"), Map.of("b", "2"));
        assertThat(some).extracting(EntryDifference::questionId).containsExactly("a", "b");
        assertThat(some.get(0).second()).isNull();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (Rejected e) {
            return e.key();
        }
        throw new AssertionError("not refused");
    }
}
