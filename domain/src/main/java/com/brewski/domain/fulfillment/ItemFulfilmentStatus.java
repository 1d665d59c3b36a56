package com.brewski.domain.fulfillment;

/** An order item's fulfilment: PENDING, AWAITING_DISPATCH (every voucher saved, the consolidated email not yet sent), SUCCEEDED (fulfilled: the email went out), FAILED (no source delivered), DISPATCH_FAILED (saved, email failed). */
public enum ItemFulfilmentStatus {
    PENDING,AWAITING_DISPATCH,SUCCEEDED,FAILED,DISPATCH_FAILED;

    public String wire() {
        return name();
    }

    public static ItemFulfilmentStatus parse(String field, String raw) {
        return Wire.parse(ItemFulfilmentStatus.class, field, raw, ItemFulfilmentStatus::wire);
    }
}
