package vn.thuocdo.notification;

/**
 * Mails a recorded notice later, as a workflow job of its own: a mail server that is down then shows as retries
 * and an incident in Cockpit, and the action that caused the notice neither waits for the mail nor is undone by it.
 */
public interface NoticeDelivery {

    void mailLater(long noticeId);
}
