package vn.thuocdo.survey.officials;

/** A reminder run: first links sent (a mail that had failed), reminders sent, and mails that failed again. */
public record RemindersSent(int firstLinks, int reminders, int failed) {
}
