package com.brewski.domain.fulfillment;

/** What the payment provider said about a payment. */
public enum PaymentStatus {
    SUCCEEDED,FAILED;

    public String wire() {
        return name();
    }

    public static PaymentStatus parse(String field, String raw) {
        return Wire.parse(PaymentStatus.class, field, raw, PaymentStatus::wire);
    }
}
