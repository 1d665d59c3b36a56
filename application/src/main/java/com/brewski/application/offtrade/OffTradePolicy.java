package com.brewski.application.offtrade;

import java.time.Duration;

/**
 * Limits of the off-trade routes: at most {@code requestsPerAddress} intakes, and as many retries,
 * from one address per {@code window} (a 429 {@code OFFTRADE_RATE_LIMITED} beyond).
 */
public record OffTradePolicy(int requestsPerAddress, Duration window) {
    public static final int DEFAULT_LIMIT = 5;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    public OffTradePolicy {
        if (requestsPerAddress < 1) throw new IllegalArgumentException("requestsPerAddress must be positive");
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive");
    }

    public static OffTradePolicy defaults() {
        return new OffTradePolicy(DEFAULT_LIMIT, DEFAULT_WINDOW);
    }
}
