package com.brewski.domain.fulfillment;

/** The numeric id of an item of a voucher order. */
public record OrderItemId(long value) {
    public OrderItemId {
        if (value < 1) throw new IllegalArgumentException("OrderItemId must be positive");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
