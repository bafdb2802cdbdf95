package vn.thuocdo.sampling;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

@ProcessTest
class PreviousYearTest {

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;

    @Test
    void theReviewComparesWithTheUnitsThatFormedTheProvinceLastYear() {
        // 2024: Hải Phòng and Hải Dương were still two provinces (T63-31, T63-30).
        Round before = launch(2024, List.of("T63-30", "T63-31"));
        approve(before, "T63-30", "1900000");
        approve(before, "T63-31", "2100000");
        // 2025: they form the new Thành phố Hải Phòng (T34-31).
        Round now = launch(2025, List.of("T34-31"));
        submit(now, TestActors.HAI_PHONG, "4050000");
        String review = tasks.inbox(COORDINATOR, new InboxFilter(now.id(), null), 0, 1).get(0).taskId();

        List<SamplingRequest> previous = sampling.previousYear(review, COORDINATOR);
        assertThat(previous).extracting(SamplingRequest::unitId).containsExactly("T63-30", "T63-31");
        assertThat(previous).extracting(r -> r.answers().whole("population").orElseThrow())
                .containsExactly(1_900_000L, 2_100_000L);
    }

    @Test
    void withoutAnApprovedPreviousYearThereIsNothingToCompare() {
        Round now = launch(2027, List.of("T34-01"));
        submit(now, TestActors.HA_NOI, "8500000");
        String review = tasks.inbox(COORDINATOR, new InboxFilter(now.id(), null), 0, 1).get(0).taskId();
        assertThat(sampling.previousYear(review, COORDINATOR)).isEmpty();
    }

    private Round launch(int year, List<String> units) {
        return rounds.launchNew(new NewRound(year, "Đợt " + year, RoundLevel.NATIONAL, units, "sampling-request@1",
                LocalDate.now().plusDays(10)), COORDINATOR);
    }

    private void approve(Round round, String unitId, String population) {
        submit(round, TestActors.officerOf(unitId), population);
        String review = tasks.inbox(COORDINATOR, new InboxFilter(round.id(), unitId), 0, 1).get(0).taskId();
        sampling.approve(review, COORDINATOR);
    }

    private void submit(Round round, Actor officer, String population) {
        String task = tasks.inbox(officer, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
        sampling.submit(task, Map.of("contactName", "Nguyễn Văn An", "contactPhone", "0912345678",
                "contactEmail", "an@snv.gov.vn", "communes", "100", "villages", "2000", "households", "600000",
                "population", population, "dossiersHandled", "400000"), officer);
    }
}
