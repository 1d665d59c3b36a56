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
