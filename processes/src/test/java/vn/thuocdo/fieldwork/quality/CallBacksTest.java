package vn.thuocdo.fieldwork.quality;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.design.FieldworkRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.fieldwork.quality.Interviews.OPENS;
import static vn.thuocdo.fieldwork.quality.Interviews.SHIPPED;
import static vn.thuocdo.fieldwork.quality.Interviews.callBacks;
import static vn.thuocdo.fieldwork.quality.Interviews.clean;
import static vn.thuocdo.fieldwork.quality.Interviews.visit;

class CallBacksTest {

    private static final long SEED = 20_260_915L;

    @Test
    void eachEnumeratorGetsTheShareRoundedUpAndAtLeastTheMinimum() {
        List<InterviewFacts> completed = new ArrayList<>();
        completed.addAll(of("thirty", 30));
        completed.addAll(of("thirty-one", 31));
        completed.addAll(of("five", 5));
        completed.addAll(of("one", 1));
        completed.add(visit(1, "refused-only", "REFUSED"));
        CallBackDraw draw = CallBacks.draw(SHIPPED, SEED, completed);
        // 0.1 × 30 is exactly 3 (not 4, as doubles would round it up); 3.1 rounds up to 4; 0.5 and 0.1 to 1.
        assertThat(perEnumerator(draw)).containsExactlyInAnyOrderEntriesOf(Map.of("thirty", 3L, "thirty-one", 4L,
                "five", 1L, "one", 1L));
        assertThat(draw.seed()).isEqualTo(SEED);
    }

    @Test
    void theMinimumIsCappedByWhatTheEnumeratorHas() {
        FieldworkRules rules = callBacks("0.05", 2);
        List<InterviewFacts> completed = new ArrayList<>(of("five", 5));
        completed.addAll(of("one", 1));
        completed.addAll(of("sixty", 60));
        assertThat(perEnumerator(CallBacks.draw(rules, SEED, completed)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("five", 2L, "one", 1L, "sixty", 3L));
        assertThat(CallBacks.draw(callBacks("1", 0), SEED, of("all", 7)).interviews()).hasSize(7);
        assertThat(CallBacks.size(new BigDecimal("0.1"), 30)).isEqualTo(3);
    }

    @Test
    void theSameSeedDrawsTheSameInterviewsWhateverTheOrderOfTheList() {
        List<InterviewFacts> completed = new ArrayList<>(of("a", 100));
        completed.addAll(of("b", 57));
        CallBackDraw first = CallBacks.draw(SHIPPED, SEED, completed);
        Collections.shuffle(completed, new java.util.Random(1));
        CallBackDraw again = CallBacks.draw(SHIPPED, SEED, completed);
        assertThat(again).isEqualTo(first);
        assertThat(first.interviews()).hasSize(10 + 6);
        assertThat(first.interviews()).extracting(CallBack::order).startsWith(1, 2, 3);
        CallBackDraw other = CallBacks.draw(SHIPPED, SEED + 1, completed);
        assertThat(ids(other)).isNotEqualTo(ids(first));
    }

    @Test
    void anInterviewIsNeverDrawnTwiceEvenWhenListedTwice() {
        List<InterviewFacts> thirty = of("a", 30);
        List<InterviewFacts> twice = new ArrayList<>(thirty);
        twice.addAll(thirty);
        CallBackDraw draw = CallBacks.draw(callBacks("0.5", 1), SEED, twice);
        assertThat(draw.interviews()).hasSize(15);
        assertThat(ids(draw)).doesNotHaveDuplicates();
    }

    @Test
    void everyInterviewCanBeDrawnAcrossSeeds() {
        List<InterviewFacts> ten = of("a", 10);
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            drawn.addAll(ids(CallBacks.draw(SHIPPED, seed, ten)));
        }
        assertThat(drawn).hasSize(10);
    }

    @Test
    void drawnAsInterviewsComeInTheShareIsKeptAndNothingIsDrawnTwice() {
        List<String> ids = of("a", 31).stream().map(InterviewFacts::interviewId).toList();
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (int n = 1; n <= ids.size(); n++) {
            List<String> now = CallBacks.topUp(SHIPPED, SEED, "a", ids.subList(0, n), drawn);
            now.forEach(id -> assertThat(drawn.add(id)).as("drawn once: " + id).isTrue());
            assertThat(drawn).hasSize(Math.max(1, CallBacks.size(new BigDecimal("0.1"), n)));
        }
        // Asked at once over the whole list, it takes what the draw takes.
        assertThat(CallBacks.topUp(SHIPPED, SEED, "a", ids, java.util.Set.of()))
                .containsExactlyInAnyOrderElementsOf(ids(CallBacks.draw(SHIPPED, SEED, of("a", 31))));
    }

    private static List<InterviewFacts> of(String enumerator, int n) {
        List<InterviewFacts> interviews = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            interviews.add(clean(k, enumerator, OPENS.plusSeconds(3_600L * k)));
        }
        return interviews;
    }

    private static Map<String, Long> perEnumerator(CallBackDraw draw) {
        return draw.interviews().stream().collect(Collectors.groupingBy(CallBack::enumerator, Collectors.counting()));
    }

    private static List<String> ids(CallBackDraw draw) {
        return draw.interviews().stream().map(CallBack::interviewId).toList();
    }

}
