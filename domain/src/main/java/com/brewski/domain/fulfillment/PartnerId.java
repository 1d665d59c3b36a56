package com.brewski.domain.fulfillment;

/** The numeric id of a voucher partner. */
public record PartnerId(long value) {
    public PartnerId {
        if (value < 1) throw new IllegalArgumentException("PartnerId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
