package vn.thuocdo.sampling;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/**
 * The totals a unit declares in the form against the Phụ lục 1 it attached. The frame is stored directly here: the
 * spreadsheet adapter lives in integrations, whose own tests upload real files.
 */
@ProcessTest
class FrameTotalsTest {

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired SamplingFrameStore frames;
    @Autowired Tasks tasks;

    private static int year = 2060;
    private Round round;

    @BeforeEach
    void launchARoundForHaiPhong() {
        round = rounds.launchNew(new NewRound(year++, "Đợt thử tổng Phụ lục 1", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
    }

    @Test
    void householdsAndPopulationThatDifferFromTheAttachedFrameAreRefusedWithTheFramesTotals() {
        attachFrameOf(650000 - 1, 2100000);
        Map<String, String> answers = matchingCounts();
        assertThatThrownBy(() -> sampling.submit(task(), answers, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.errors()).containsExactly(
                        new vn.thuocdo.forms.FieldError("households", "field.notFrameTotal", List.of(649999L))));
        assertThat(request().state()).isEqualTo(SamplingState.REQUESTED);
    }

    @Test
    void totalsThatMatchTheFrameAreAccepted() {
        attachFrameOf(650000, 2100000);
        sampling.submit(task(), matchingCounts(), HAI_PHONG);
        assertThat(request().state()).isEqualTo(SamplingState.SUBMITTED);
    }

    @Test
    void communesAndVillagesThatDifferFromTheAttachedFrameAreRefusedWithTheFramesCounts() {
        attachFrameOf(650000, 2100000);
        // The frame has one commune (11311) and two villages; the form's defaults say 114 and 2,300.
        assertThatThrownBy(() -> sampling.submit(task(), SamplingRequestProcessTest.answers(), HAI_PHONG))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.errors()).containsExactly(
                        new vn.thuocdo.forms.FieldError("communes", "field.notFrameCount", List.of(1L)),
                        new vn.thuocdo.forms.FieldError("villages", "field.notFrameCount", List.of(2L))));
        assertThat(request().state()).isEqualTo(SamplingState.REQUESTED);
        assertThat(request().answers().isEmpty()).isTrue();
    }

    /** The usual answers with the commune and village counts of the frame {@link #attachFrameOf} attaches. */
    private static Map<String, String> matchingCounts() {
        Map<String, String> answers = SamplingRequestProcessTest.answers();
        answers.put("communes", "1");
        answers.put("villages", "2");
        return answers;
    }

    @Test
    void withoutAFrameTheFormIsCheckedOnItsOwn() {
        sampling.submit(task(), SamplingRequestProcessTest.answers(), HAI_PHONG);
        assertThat(request().state()).isEqualTo(SamplingState.SUBMITTED);
    }

    private void attachFrameOf(long households, long population) {
        frames.replace(request().id(), "sampling-frame@1", List.of(
                new FrameRow(2, "11311", "Phường Hồng Bàng", "Tổ dân phố 1", households - 100, population - 400),
                new FrameRow(3, "11311", "Phường Hồng Bàng", "Tổ dân phố 2", 100, 400)), "haiphong", Instant.now());
    }

    private String task() {
        return tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }

    private SamplingRequest request() {
        return sampling.forRound(round.id()).get(0);
    }
}
