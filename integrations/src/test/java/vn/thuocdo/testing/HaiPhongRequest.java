package vn.thuocdo.testing;

import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingRequest;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.LocalDate;
import java.util.List;

import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/** A national round launched to Hải Phòng alone: the officer's submit task and the request it is about. */
public record HaiPhongRequest(String taskId, String requestId) {

    public static HaiPhongRequest launch(Rounds rounds, Tasks tasks, SamplingRequests sampling, int year, String name) {
        Round round = rounds.launchNew(new NewRound(year, name, RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
        String task = tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 10).get(0).taskId();
        String request = sampling.forRound(round.id()).stream().map(SamplingRequest::id).findFirst().orElseThrow();
        return new HaiPhongRequest(task, request);
    }
}
