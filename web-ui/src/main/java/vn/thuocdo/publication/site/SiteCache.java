package vn.thuocdo.publication.site;

import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;
import vn.thuocdo.publication.Published;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered pages and charts in memory, by address and language: published data changes only when something is
 * published, so a {@link Published} event empties it. Past values and targets are imported without such an event,
 * hence an entry also lives at most {@link #LIFETIME}. Bounded: past {@link #MAX_ENTRIES} it starts again empty
 * rather than grow with every unit id a crawler tries (unknown ones are 404s and never cached anyway).
 */
@Component
class SiteCache {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 2_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    SiteCache(Clock clock) {
        this.clock = clock;
    }

    Rendered get(String key, Supplier<Rendered> render) {
        long now = clock.millis();
        Entry entry = entries.get(key);
        if (entry != null && entry.until > now) {
            return entry.rendered;
        }
        Rendered rendered = render.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(rendered, now + LIFETIME.toMillis()));
        return rendered;
    }

    /**
     * After the publishing transaction commits (or at once when announced outside one): cleared earlier, a request in
     * between would render the old numbers again and keep them.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void published(Published published) {
        entries.clear();
    }

    /** For tests that write published rows by SQL, as a publication would, and then announce it. */
    void clear() {
        entries.clear();
    }

    private record Entry(Rendered rendered, long until) {
    }
}
