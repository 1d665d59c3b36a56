package com.brewski.domain.fulfillment;

/** The numeric id of a fulfilment attempt. */
public record AttemptId(long value) {
    public AttemptId {
        if (value < 1) throw new IllegalArgumentException("AttemptId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
