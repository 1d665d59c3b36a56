package com.brewski.domain.shared;

import java.time.Duration;

/**
 * The server cannot take the request now, or a capability it needs is not configured (503): a
 * bounded resource is busy (image decoding slots) or a secret is missing. {@code retryAfter} is
 * answered as {@code Retry-After} when present.
 */
public final class Overloaded extends DomainException {
    private final Duration retryAfter;

    public Overloaded(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Overloaded(String message) {
        this(message, null);
    }

    public java.util.Optional<Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }
}
