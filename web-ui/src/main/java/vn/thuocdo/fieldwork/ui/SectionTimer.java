package vn.thuocdo.fieldwork.ui;

import vn.thuocdo.fieldwork.Paradata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interview's paradata as the tablet sees it: when it began (kept from a draft begun earlier), the seconds the
 * section on screen was shown, and the device. Bounded as the core bounds it: section names and seconds have
 * ceilings, the device name is cut to its length.
 */
final class SectionTimer {

    static final int MAX_DEVICE = 100;
    static final int MAX_SECTION = 64;
    static final long MAX_SECONDS = 86_400;

    private final Clock clock;
    private final Instant started;
    private final Map<String, Long> seconds = new TreeMap<>();
    private String section;
    private Instant since;

    SectionTimer(Clock clock, Paradata earlier) {
        this.clock = clock;
        this.started = earlier != null && earlier.startedAt() != null ? earlier.startedAt() : clock.instant();
        if (earlier != null) {
            earlier.sectionSeconds().forEach((id, s) -> seconds.put(id, s.longValue()));
        }
        this.since = clock.instant();
    }

    /** Another section came on screen: the time so far goes to the one before. */
    void shown(String sectionId) {
        flush();
        section = sectionId;
    }

    /** The paradata of an interview still going on (a draft). */
    Paradata sofar(String device) {
        flush();
        return new Paradata(started, null, capped(), device(device));
    }

    /** The paradata of the finished interview. */
    Paradata finish(String device) {
        flush();
        return new Paradata(started, clock.instant(), capped(), device(device));
    }

    private void flush() {
        Instant now = clock.instant();
        if (section != null && section.length() <= MAX_SECTION) {
            seconds.merge(section, Math.max(0, Duration.between(since, now).getSeconds()), Long::sum);
        }
        since = now;
    }

    private Map<String, Integer> capped() {
        Map<String, Integer> capped = new TreeMap<>();
        seconds.forEach((id, s) -> capped.put(id, (int) Math.min(s, MAX_SECONDS)));
        return capped;
    }

    /** The browser's own name for itself (its user agent), cut to what the core keeps. */
    static String device(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String device = userAgent.strip().replaceAll("\\p{Cntrl}", " ");
        return device.length() > MAX_DEVICE ? device.substring(0, MAX_DEVICE).strip() : device;
    }
}
