package vn.thuocdo.survey.response;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The token buckets: a burst of the rate, refilled over the minute, per key, in a bounded map. */
class RateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimits limits = new RateLimits(Map.of(RateLimits.Scope.CODE, 3, RateLimits.Scope.ADDRESS, 0),
            2, now::get);

    @Test
    void aKeyGetsItsBurstThenWaitsForTheRefill() {
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isTrue();
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isTrue();
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isTrue();
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isFalse();
        // Another key has its own bucket.
        assertThat(limits.allow(RateLimits.Scope.CODE, "B")).isTrue();
        // 3 a minute: one token back after 20 s, not before.
        now.addAndGet(19_000_000_000L);
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isFalse();
        now.addAndGet(1_000_000_000L);
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isTrue();
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isFalse();
    }

    @Test
    void aRateOfZeroIsUnlimitedAndTheMapForgetsTheLeastRecentKey() {
        for (int i = 0; i < 100; i++) {
            assertThat(limits.allow(RateLimits.Scope.ADDRESS, "10.0.0.1")).isTrue();
        }
        for (int i = 0; i < 3; i++) {
            limits.allow(RateLimits.Scope.CODE, "A");
        }
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isFalse();
        // Two keys at most: B and C push A out, which then starts full again.
        limits.allow(RateLimits.Scope.CODE, "B");
        limits.allow(RateLimits.Scope.CODE, "C");
        assertThat(limits.allow(RateLimits.Scope.CODE, "A")).isTrue();
    }
}
