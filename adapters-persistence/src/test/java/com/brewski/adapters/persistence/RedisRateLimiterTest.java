package com.brewski.adapters.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Against the Redis server named by TEST_REDIS_URL (default redis://127.0.0.1:6379); skipped when none answers. */
class RedisRateLimiterTest {
    private static final String URL = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379");
    private final MovingClock clock = new MovingClock(Instant.parse("2025-03-01T10:00:00Z"));
    private RedisRateLimiter limiter;
    private RedisRateLimiter otherInstance;
    private final String key = "test:" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        assumeTrue(reachable(), "no Redis at " + URL);
        limiter = new RedisRateLimiter(URL, clock);
        otherInstance = new RedisRateLimiter(URL, clock);
    }

    @AfterEach
    void close() {
        if (limiter != null) limiter.close();
        if (otherInstance != null) otherInstance.close();
    }

    @Test
    void allows_the_limit_within_the_window_then_says_how_long_to_wait() {
        Duration window = Duration.ofMinutes(15);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.hit(key, 3, window)).isZero();
            clock.advance(Duration.ofSeconds(10));
        }
        Duration wait = limiter.hit(key, 3, window);
        assertThat(wait).isEqualTo(window.minusSeconds(30));
        clock.advance(wait);
        assertThat(limiter.hit(key, 3, window)).isZero();
    }

    @Test
    void every_instance_shares_the_count() {
        Duration window = Duration.ofMinutes(1);
        assertThat(limiter.hit(key, 2, window)).isZero();
        assertThat(otherInstance.hit(key, 2, window)).isZero();
        assertThat(limiter.hit(key, 2, window)).isPositive();
        assertThat(otherInstance.hit(key, 2, window)).isPositive();
    }

    @Test
    void keys_are_counted_apart() {
        Duration window = Duration.ofMinutes(1);
        assertThat(limiter.hit(key + ":a", 1, window)).isZero();
        assertThat(limiter.hit(key + ":b", 1, window)).isZero();
        assertThat(limiter.hit(key + ":a", 1, window)).isPositive();
    }

    @Test
    void with_nothing_listening_it_starts_after_its_retries_and_refuses_every_hit_with_503_fail_closed() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        long started = System.nanoTime();
        try (RedisRateLimiter down = new RedisRateLimiter("redis://127.0.0.1:" + port, clock, 3, Duration.ofMillis(100))) {
            // three attempts with 100 ms and 200 ms between them
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(down.connected()).isFalse();
            for (int i = 0; i < 3; i++) {
                com.brewski.domain.shared.Overloaded refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                        com.brewski.domain.shared.Overloaded.class, () -> down.hit(key, 100, Duration.ofMinutes(1)));
                assertThat(refused).isNotNull();
                assertThat(refused.getMessage()).isEqualTo("rate limiting is unavailable, try again later");
                assertThat(refused.retryAfter()).contains(Duration.ofSeconds(5));
            }
        }
    }

    private static boolean reachable() {
        java.net.URI uri = java.net.URI.create(URL);
        try (Socket ignored = new Socket(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
