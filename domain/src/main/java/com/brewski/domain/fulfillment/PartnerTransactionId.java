package com.brewski.domain.fulfillment;

/** The numeric id of a partner API transaction row. */
public record PartnerTransactionId(long value) {
    public PartnerTransactionId {
        if (value < 1) throw new IllegalArgumentException("PartnerTransactionId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
