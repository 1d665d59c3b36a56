package com.brewski.application.shared;

import java.time.Duration;

/** Counts hits per key in a sliding window; shared by all server instances in production. */
public interface RateLimiter {
    /**
     * Records one hit on {@code key}. Answers {@link Duration#ZERO} while the hits within
     * {@code window} stay at or under {@code limit}, else how long to wait before trying again. A
     * limiter that cannot count (its shared store does not answer) fails closed: it throws
     * {@link com.brewski.domain.shared.Overloaded} (503 with {@code Retry-After}), never lets the hit through.
     */
    Duration hit(String key, int limit, Duration window);
}
