package com.brewski.adapters.http.security;

import com.brewski.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessRateLimiterTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = MutableClock.at("2025-03-01T09:00:00Z");
    private final InProcessRateLimiter limiter = new InProcessRateLimiter(clock);

    @Test
    void hits_up_to_the_limit_pass_and_the_next_one_waits() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.hit("login:a", 3, WINDOW)).isZero();
            clock.advance(Duration.ofMinutes(1));
        }

        Duration wait = limiter.hit("login:a", 3, WINDOW);

        assertThat(wait).isPositive().isLessThanOrEqualTo(WINDOW);
    }

    @Test
    void the_window_slides_and_the_answered_wait_is_enough() {
        limiter.hit("k", 2, WINDOW);
        clock.advance(Duration.ofMinutes(5));
        limiter.hit("k", 2, WINDOW);
        clock.advance(Duration.ofMinutes(5));
        Duration wait = limiter.hit("k", 2, WINDOW);
        assertThat(wait).as("until the two oldest hits have left").isEqualTo(Duration.ofMinutes(10));

        clock.advance(wait.minusSeconds(1));
        assertThat(limiter.hit("k", 2, WINDOW)).as("still inside the window").isPositive();
    }

    @Test
    void after_waiting_as_told_the_next_hit_passes() {
        limiter.hit("k", 2, WINDOW);
        clock.advance(Duration.ofMinutes(5));
        limiter.hit("k", 2, WINDOW);
        clock.advance(Duration.ofMinutes(5));
        Duration wait = limiter.hit("k", 2, WINDOW);

        clock.advance(wait);

        assertThat(limiter.hit("k", 2, WINDOW)).isZero();
    }

    @Test
    void hits_older_than_the_window_no_longer_count() {
        limiter.hit("k", 1, WINDOW);
        clock.advance(WINDOW);

        assertThat(limiter.hit("k", 1, WINDOW)).isZero();
        assertThat(limiter.hit("k", 1, WINDOW)).isPositive();
    }

    @Test
    void keys_are_counted_apart() {
        limiter.hit("login:email:a", 1, WINDOW);

        assertThat(limiter.hit("login:email:b", 1, WINDOW)).isZero();
        assertThat(limiter.hit("login:email:a", 1, WINDOW)).isPositive();
    }

    @Test
    void a_limit_of_zero_refuses_every_hit() {
        assertThat(limiter.hit("k", 0, WINDOW)).isEqualTo(WINDOW);
    }

    @Test
    void keys_whose_window_has_passed_are_evicted() {
        for (int i = 0; i < 5_000; i++) limiter.hit("key-" + i, 10, WINDOW);
        assertThat(limiter.trackedKeys()).isEqualTo(5_000);

        clock.advance(WINDOW.plusSeconds(1));
        limiter.hit("fresh", 10, WINDOW);

        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void the_number_of_keys_stays_bounded_under_a_flood_of_new_keys() {
        InProcessRateLimiter bounded = new InProcessRateLimiter(clock, 100);

        for (int i = 0; i < 1_000; i++) {
            bounded.hit("key-" + i, 10, WINDOW);
            clock.advance(Duration.ofMillis(1));
        }

        assertThat(bounded.trackedKeys()).isLessThanOrEqualTo(100);
        assertThat(bounded.hit("key-999", 1, WINDOW)).as("the most recent keys are kept").isPositive();
    }

    @Test
    void concurrent_hits_on_one_key_let_exactly_the_limit_through() throws Exception {
        int threads = 16;
        int hitsPerThread = 50;
        int limit = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> passed = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                passed.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < hitsPerThread; i++) if (limiter.hit("shared", limit, WINDOW).isZero()) ok++;
                    return ok;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : passed) total += f.get();

            assertThat(total).isEqualTo(limit);
        } finally {
            pool.shutdownNow();
        }
    }
}
