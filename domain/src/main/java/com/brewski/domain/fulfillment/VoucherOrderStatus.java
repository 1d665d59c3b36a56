package com.brewski.domain.fulfillment;

/** A customer voucher order: PENDING_PAYMENT → PROCESSING → SUCCEEDED, or NEEDS_ATTENTION (never FAILED once paid). */
public enum VoucherOrderStatus {
    PENDING_PAYMENT,PROCESSING,SUCCEEDED,NEEDS_ATTENTION;

    public String wire() {
        return name();
    }

    public static VoucherOrderStatus parse(String field, String raw) {
        return Wire.parse(VoucherOrderStatus.class, field, raw, VoucherOrderStatus::wire);
    }
}
