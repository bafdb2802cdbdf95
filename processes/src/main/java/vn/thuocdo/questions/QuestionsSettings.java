package vn.thuocdo.questions;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code thuocdo.questions.*}: the public forms' abuse guard.
 *
 * @param perWindow     posts one client address may send in one window (5)
 * @param window        the window's length (10 minutes)
 * @param perDay        posts one client address may send in one Vietnamese calendar day (20)
 * @param addressSecret the key of the addresses' HMAC; empty: one made at random and kept in the database
 */
@ConfigurationProperties("thuocdo.questions")
public record QuestionsSettings(Integer perWindow, Duration window, Integer perDay, String addressSecret) {

    public QuestionsSettings {
        perWindow = perWindow == null ? 5 : perWindow;
        window = window == null ? Duration.ofMinutes(10) : window;
        perDay = perDay == null ? 20 : perDay;
        if (perWindow < 1 || perDay < 1 || window.isNegative() || window.isZero() || window.toDays() >= 1) {
            throw new IllegalArgumentException(
                    "thuocdo.questions: per-window and per-day must be positive, window between 1 s and a day");
        }
    }
}
