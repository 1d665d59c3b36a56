package com.brewski.domain.fulfillment;

/** The numeric id of an admin alert. */
public record AlertId(long value) {
    public AlertId {
        if (value < 1) throw new IllegalArgumentException("AlertId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
