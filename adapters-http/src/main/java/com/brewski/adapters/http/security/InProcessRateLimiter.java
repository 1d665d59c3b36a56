package com.brewski.adapters.http.security;

import com.brewski.application.shared.RateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A sliding-window rate limiter for one server instance (the embedded default; production shares a
 * Redis one between instances). Every hit counts, refused ones too, so hammering keeps a key
 * limited until it stops for a while. Memory is bounded: each key keeps at most {@code limit + 1}
 * timestamps, keys whose window has passed are swept out once a minute, and beyond
 * {@code maxKeys} the least recently hit keys are dropped.
 */
public final class InProcessRateLimiter implements RateLimiter {
    public static final int DEFAULT_MAX_KEYS = 100_000;
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final ReentrantLock sweeping = new ReentrantLock();
    private volatile Instant lastSweep;

    public InProcessRateLimiter(Clock clock) {
        this(clock, DEFAULT_MAX_KEYS);
    }

    public InProcessRateLimiter(Clock clock, int maxKeys) {
        if (maxKeys < 1) throw new IllegalArgumentException("maxKeys must be positive");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxKeys = maxKeys;
        this.lastSweep = clock.instant();
    }

    @Override
    public Duration hit(String key, int limit, Duration window) {
        Objects.requireNonNull(key, "key");
        if (window == null || window.isNegative() || window.isZero())
            throw new IllegalArgumentException("window must be positive");
        Instant now = clock.instant();
        Duration[] wait = new Duration[1];
        windows.compute(key, (k, existing) -> {
            Window w = existing == null ? new Window() : existing;
            wait[0] = w.hit(now, limit, window);
            return w;
        });
        sweepIfDue(now);
        return wait[0];
    }

    /** How many keys are tracked; for tests of the memory bound. */
    int trackedKeys() {
        return windows.size();
    }

    private void sweepIfDue(Instant now) {
        boolean due = !now.isBefore(lastSweep.plus(SWEEP_INTERVAL)) || windows.size() > maxKeys;
        if (!due || !sweeping.tryLock()) return;
        try {
            for (String key : windows.keySet()) {
                windows.computeIfPresent(key, (k, w) -> w.staleAt(now) ? null : w);
            }
            if (windows.size() > maxKeys) dropLeastRecentlyHit();
            lastSweep = now;
        } finally {
            sweeping.unlock();
        }
    }

    /** Drops the least recently hit keys down to 90% of the bound, so this does not run on every new key. */
    private void dropLeastRecentlyHit() {
        int target = Math.max(0, maxKeys - Math.max(1, maxKeys / 10));
        int excess = windows.size() - target;
        if (excess <= 0) return;
        windows.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().lastHit()))
                .sorted(Map.Entry.comparingByValue(Comparator.nullsFirst(Comparator.naturalOrder())))
                .limit(excess)
                .forEach(e -> windows.computeIfPresent(e.getKey(), (k, w) -> Objects.equals(w.lastHit(), e.getValue()) ? null : w));
    }

    /** The recent hits of one key; only touched inside the map's atomic compute calls. */
    private static final class Window {
        private final ArrayDeque<Instant> hits = new ArrayDeque<>();
        private Duration window = Duration.ZERO;
        private volatile Instant lastHit;

        Duration hit(Instant now, int limit, Duration window) {
            this.window = window;
            Instant horizon = now.minus(window);
            while (!hits.isEmpty() && !hits.peekFirst().isAfter(horizon)) hits.pollFirst();
            hits.addLast(now);
            lastHit = now;
            long keep = (long) Math.max(limit, 0) + 1;
            while (hits.size() > keep) hits.pollFirst();
            if (hits.size() <= limit) return Duration.ZERO;
            if (limit <= 0) return window;
            // Refused: the next hit passes once the two oldest kept hits have left the window.
            Iterator<Instant> oldest = hits.iterator();
            oldest.next();
            Instant secondOldest = oldest.next();
            return Duration.between(now, secondOldest.plus(window));
        }

        boolean staleAt(Instant now) {
            return lastHit == null || !lastHit.isAfter(now.minus(window));
        }

        Instant lastHit() {
            return lastHit;
        }
    }
}
