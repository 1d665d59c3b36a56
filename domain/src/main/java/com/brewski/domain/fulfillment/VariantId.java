package com.brewski.domain.fulfillment;

/** The numeric id of a voucher product's variant. */
public record VariantId(long value) {
    public VariantId {
        if (value < 1) throw new IllegalArgumentException("VariantId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
