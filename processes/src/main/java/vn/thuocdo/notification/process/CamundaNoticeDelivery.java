package vn.thuocdo.notification.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.thuocdo.notification.NoticeDelivery;

import java.util.Map;

/** {@link NoticeDelivery} as one small instance of {@code NoticeMailProcess} per notice. */
@Component
class CamundaNoticeDelivery implements NoticeDelivery {

    static final String PROCESS_KEY = "NoticeMailProcess";
    static final String NOTICE_ID = "noticeId";

    private final RuntimeService runtime;

    CamundaNoticeDelivery(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void mailLater(long noticeId) {
        // Its own instance, not a step of the sampling workflow: a failing mail must not hold the round back.
        runtime.startProcessInstanceByKey(PROCESS_KEY, "notice:" + noticeId, Map.of(NOTICE_ID, noticeId));
    }
}
