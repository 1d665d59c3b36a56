package com.brewski.domain.fulfillment;

/** Why an admin alert was raised. */
public enum AlertKind {
    PAYMENT_MISMATCH,FULFILLMENT_FAILED,FULFILLMENT_PARTIAL,DISPATCH_FAILED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AlertKind parse(String field, String raw) {
        return Wire.parse(AlertKind.class, field, raw, AlertKind::wire);
    }
}
