package vn.thuocdo.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thuocdo.notification.Notifications;

/** Glue for {@code Task_MailNotice}: a failure throws, so the job retries and ends as an incident. */
@Component("mailNotice")
class MailNotice implements JavaDelegate {

    private final Notifications notifications;

    MailNotice(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.mail(((Number) execution.getVariable(CamundaNoticeDelivery.NOTICE_ID)).longValue());
    }
}
