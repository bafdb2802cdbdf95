package vn.thuocdo.questions;

/**
 * Tells a citizen who left an e-mail address that their question's answer is published. Implemented by the SMTP
 * adapter in integrations; without one (mail not configured), nothing is sent.
 */
public interface ReplyNotice {

    /** Sends one mail; a failure throws, and the caller keeps the address for nothing more than that failure. */
    void send(Reply reply);

    /** {@code link} is the public questions page; the question is quoted so the person knows which one. */
    record Reply(String to, String askerName, String question, String link) {
    }
}
