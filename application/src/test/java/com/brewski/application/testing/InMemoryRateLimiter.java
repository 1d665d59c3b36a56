package com.brewski.application.testing;

import com.brewski.application.shared.RateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** A sliding-window counter on a test clock. */
public final class InMemoryRateLimiter implements RateLimiter {
    private final Clock clock;
    private final Map<String, Deque<Instant>> hits = new HashMap<>();

    public InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Duration hit(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) times.pollFirst();
        times.addLast(now);
        if (times.size() <= limit) return Duration.ZERO;
        return Duration.between(now, times.peekFirst().plus(window));
    }
}
