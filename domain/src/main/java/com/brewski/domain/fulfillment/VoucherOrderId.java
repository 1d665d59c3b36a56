package com.brewski.domain.fulfillment;

/** The numeric id of a customer's voucher order. */
public record VoucherOrderId(long value) {
    public VoucherOrderId {
        if (value < 1) throw new IllegalArgumentException("VoucherOrderId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
