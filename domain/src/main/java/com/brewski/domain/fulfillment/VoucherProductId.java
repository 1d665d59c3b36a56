package com.brewski.domain.fulfillment;

/** The numeric id of a voucher product. */
public record VoucherProductId(long value) {
    public VoucherProductId {
        if (value < 1) throw new IllegalArgumentException("VoucherProductId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
