package vn.thuocdo.survey.response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How often one invitation code, or one client address, may knock: a token bucket per key, in memory. The public
 * page and the partner API share it. A bucket starts full (a burst of {@code perMinute} requests) and refills at
 * {@code perMinute} a minute. The map is bounded: past {@code maxKeys} the least recently seen key is forgotten, so
 * a flood of made-up codes costs memory once, not without end (a forgotten key starts full again, which only
 * helps someone who already spread their requests over more keys than the bound).
 *
 * <p>Per address is generous on purpose: mobile carriers put many phones behind one address (carrier-grade NAT).
 * In memory means per instance; several instances each allow the rate, which the limits in config account for.
 */
@Component
public class RateLimits {

    /** What a limit counts. */
    public enum Scope { CODE, ADDRESS, CLIENT }

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final Map<Scope, Integer> perMinute;
    private final int maxKeys;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets;

    @Autowired
    RateLimits(@Value("${thuocdo.survey.rate.per-code:60}") int perCode,
               @Value("${thuocdo.survey.rate.per-address:600}") int perAddress,
               @Value("${thuocdo.survey.rate.per-client:6000}") int perClient,
               @Value("${thuocdo.survey.rate.max-keys:100000}") int maxKeys) {
        this(Map.of(Scope.CODE, perCode, Scope.ADDRESS, perAddress, Scope.CLIENT, perClient), maxKeys, System::nanoTime);
    }

    /** For tests: a clock of nanoseconds that they move. */
    public RateLimits(Map<Scope, Integer> perMinute, int maxKeys, LongSupplier nanos) {
        this.perMinute = Map.copyOf(perMinute);
        this.maxKeys = maxKeys;
        this.nanos = nanos;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > RateLimits.this.maxKeys;
            }
        };
    }

    /**
     * Takes one request from the key's bucket: true when it may go on, false when the key has used its rate.
     * {@code key} is bounded by the caller (a code is parsed first, an address is short); it is kept as given.
     */
    public boolean allow(Scope scope, String key) {
        int rate = perMinute.getOrDefault(scope, 0);
        if (rate <= 0) {
            return true;
        }
        long now = nanos.getAsLong();
        synchronized (buckets) {
            Bucket bucket = buckets.computeIfAbsent(scope.name() + ':' + key, k -> new Bucket(rate, now));
            return bucket.take(rate, now);
        }
    }

    /** When a refused key has a request again: one token comes back every 60 / rate seconds. */
    public int retryAfterSeconds(Scope scope) {
        int rate = perMinute(scope);
        return rate <= 0 ? 1 : Math.max(1, (60 + rate - 1) / rate);
    }

    /** The configured rate of a scope, requests a minute (0: unlimited). */
    public int perMinute(Scope scope) {
        return perMinute.getOrDefault(scope, 0);
    }

    /** The tokens left and when they were last counted; refilled on the next take, not by a timer. */
    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int rate, long now) {
            this.tokens = rate;
            this.at = now;
        }

        boolean take(int rate, long now) {
            long elapsed = Math.max(0, now - at);
            tokens = Math.min(rate, tokens + (double) elapsed * rate / NANOS_PER_MINUTE);
            at = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
