package vn.thuocdo.survey.officials;

import java.time.LocalDate;

/**
 * Sends an official their personal link to the PAR INDEX survey. Implemented by the SMTP adapter in integrations;
 * without one (mail not configured), nothing is sent and the people stay "not mailed" until a run with mail.
 */
public interface OfficialsMail {

    /** Sends one mail; a failure throws, and the official stays not mailed (retried by the next reminder run). */
    void send(PersonalLink mail);

    /**
     * One personal mail. {@code link} is the public survey address with the code; {@code deadline} the last day
     * (Vietnam) the survey takes answers; {@code reminder} when the person was mailed before and has not answered.
     */
    record PersonalLink(String to, String fullName, String unitName, String link, LocalDate deadline,
                        boolean reminder) {
    }
}
