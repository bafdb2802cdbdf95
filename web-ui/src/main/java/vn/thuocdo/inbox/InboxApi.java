package vn.thuocdo.inbox;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.util.List;

/** The caller's inbox for devices and integrations: only tasks of the caller's own groups, most urgent first. */
@RestController
class InboxApi {

    static final int MAX_PAGE = 200;

    private final Tasks tasks;
    private final CurrentActor currentActor;

    InboxApi(Tasks tasks, CurrentActor currentActor) {
        this.tasks = tasks;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/inbox")
    List<WorkItem> inbox(@RequestParam(required = false) String roundId, @RequestParam(required = false) String unitId,
                         @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return tasks.inbox(currentActor.get(), new InboxFilter(roundId, unitId), Math.max(0, offset),
                Math.max(1, Math.min(MAX_PAGE, limit)));
    }
}
