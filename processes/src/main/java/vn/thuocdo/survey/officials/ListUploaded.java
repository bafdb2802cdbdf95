package vn.thuocdo.survey.officials;

/**
 * What an upload changed: people {@code added} (invited now), {@code unchanged} (their link still works),
 * {@code regrouped} (another position group: a new link, as the group is part of the invitation), {@code withdrawn}
 * (no longer on the list: their unanswered link voided), and how many mails are being sent.
 */
public record ListUploaded(int listVersion, int added, int unchanged, int regrouped, int withdrawn, int mails) {
}
