package com.brewski.domain.shared;

import java.time.Duration;

/** Too many attempts in a window (429). */
public final class RateLimited extends DomainException {
    private final Duration retryAfter;

    public RateLimited(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public RateLimited(String message, Duration retryAfter, String code) {
        super(message, code);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
