package vn.thuocdo.notification;

/**
 * Sends a notice by mail to the people it is for. Implemented by an adapter (SMTP); without one configured,
 * notices are only shown in the application.
 */
public interface Mailer {

    /** Returns how many people were mailed. A failure throws, so the workflow job retries and shows an incident. */
    int send(Notice notice);
}
