package vn.thuocdo.survey.response;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often one sender may knock, per minute: a counter per bucket for the current minute, all dropped when the
 * minute turns (memory stays bounded by the senders of one minute). The bucket's prefix picks its limit:
 * {@code address:} and {@code code:} for the public page, {@code api-client:} (a partner account) and
 * {@code api-address:} for the partner API. One replica counts its own requests only: behind a load balancer with
 * n replicas a sender gets at most n times the limit, which bounds abuse well enough for a code space of 2^50.
 */
@Component
public class RateLimits {

    /**
     * Real time, not the application's clock: a pace is counted in the minutes that pass, which the tests' clock
     * (moved by hand, or standing still) would not let turn.
     */
    private final Clock clock = Clock.systemUTC();
    private final int perAddress;
    private final int perCode;
    private final int perApiClient;
    private final int perApiAddress;
    private volatile Minute current = new Minute(Long.MIN_VALUE);

    RateLimits(@Value("${thuocdo.survey.rate.per-address-per-minute:120}") int perAddress,
               @Value("${thuocdo.survey.rate.per-code-per-minute:30}") int perCode,
               @Value("${thuocdo.survey.rate.api-per-client-per-minute:600}") int perApiClient,
               @Value("${thuocdo.survey.rate.api-per-address-per-minute:600}") int perApiAddress) {
        this.perAddress = perAddress;
        this.perCode = perCode;
        this.perApiClient = perApiClient;
        this.perApiAddress = perApiAddress;
    }

    /** Counts one request in the bucket; false when the bucket has had its share of this minute. */
    public boolean tryAcquire(String bucketKey) {
        return minute().counts.computeIfAbsent(bucketKey, k -> new AtomicInteger()).incrementAndGet()
                <= limit(bucketKey);
    }

    /** Seconds until the counters start again: the Retry-After of a refusal. */
    public int secondsToNextMinute() {
        long millis = clock.millis();
        return (int) Math.max(1, (60_000 - millis % 60_000 + 999) / 1000);
    }

    private int limit(String bucketKey) {
        if (bucketKey.startsWith("code:")) {
            return perCode;
        }
        if (bucketKey.startsWith("api-client:")) {
            return perApiClient;
        }
        if (bucketKey.startsWith("api-address:")) {
            return perApiAddress;
        }
        return perAddress;
    }

    private Minute minute() {
        long now = clock.millis() / 60_000;
        Minute known = current;
        if (known.index != now) {
            synchronized (this) {
                if (current.index != now) {
                    current = new Minute(now);
                }
                known = current;
            }
        }
        return known;
    }

    private static final class Minute {
        final long index;
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        Minute(long index) {
            this.index = index;
        }
    }
}
