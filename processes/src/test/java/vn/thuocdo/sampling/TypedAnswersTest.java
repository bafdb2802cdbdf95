package vn.thuocdo.sampling;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/** Answers stay what they were given as, from the submission through the database and back. */
@ProcessTest
class TypedAnswersTest {

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;
    @Autowired JdbcClient db;

    private static int year = 2070;
    private Round round;

    @BeforeEach
    void launchARoundForHaiPhong() {
        round = rounds.launchNew(new NewRound(year++, "Đợt thử câu trả lời có kiểu", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
    }

    @Test
    void numbersAreStoredAsJsonNumbersAndReadBackAsNumbers() {
        Map<String, Object> answers = new HashMap<>(SamplingRequestProcessTest.answers());
        answers.put("households", "650.000");
        answers.put("population", 2_100_000);
        answers.put("note", "\"".repeat(2000));
        sampling.submit(task(), answers, HAI_PHONG);

        String stored = db.sql("select answers from sampling_request where id = ?").param(request().id())
                .query(String.class).single();
        assertThat(stored).contains("\"households\":650000").contains("\"population\":2100000")
                .contains("\"contactPhone\":\"0912345678\"");
        assertThat(request().answers().get("households")).contains(new Answer.Whole(650_000));
        assertThat(request().answers().get("note")).contains(new Answer.Words("\"".repeat(2000)));
    }

    @Test
    void rowsStoredBeforeAnswersWereTypedStillReadAsNumbers() {
        sampling.submit(task(), SamplingRequestProcessTest.answers(), HAI_PHONG);
        db.sql("update sampling_request set answers = ? where id = ?").params("""
                {"contactName":"Nguyễn Văn An","communes":"114","households":"650000"}""", request().id()).update();
        assertThat(request().answers().whole("households")).contains(650_000L);
        assertThat(request().answers().get("contactName")).contains(new Answer.Words("Nguyễn Văn An"));
    }

    @Test
    void theIssuesBadValuesAreRefusedFieldByFieldAndNothingIsStored() {
        Map<String, Object> answers = new HashMap<>(SamplingRequestProcessTest.answers());
        answers.put("communes", 10.5);
        answers.put("villages", 1000.0);
        answers.put("households", "..5");
        answers.put("population", true);
        // Passed the old 2,000-character check, then overflowed the column as \u0001 escapes: a 500.
        answers.put("note", "\u0001".repeat(2000));
        answers.put("contactEmail", "a@" + ".".repeat(32_000) + "@");
        assertThatThrownBy(() -> sampling.submit(task(), answers, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.errors())
                        .extracting(f -> f.fieldKey() + ":" + f.code()).containsExactly(
                                "contactEmail:field.tooLong", "communes:field.notWhole", "villages:field.notWhole",
                                "households:field.badGrouping", "population:field.wrongType",
                                "note:field.controlCharacter"));
        assertThat(request().state()).isEqualTo(SamplingState.REQUESTED);
        assertThat(request().answers().isEmpty()).isTrue();
    }

    private String task() {
        return tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }

    private SamplingRequest request() {
        return sampling.forRound(round.id()).get(0);
    }
}
