package com.brewski.domain.fulfillment;

/** The outcome of a fulfilment attempt: DISPATCHED (vouchers saved, email sent), DISPATCH_FAILED (saved, email failed), PARTNER_FAILED (the partner gave no code), FAILED (unexpected error), SUCCESS (AUTO and RESEND_EMAIL without dispatch semantics). */
public enum AttemptStatus {
    DISPATCHED,DISPATCH_FAILED,PARTNER_FAILED,FAILED,SUCCESS;

    public String wire() {
        return name();
    }

    public static AttemptStatus parse(String field, String raw) {
        return Wire.parse(AttemptStatus.class, field, raw, AttemptStatus::wire);
    }
}
