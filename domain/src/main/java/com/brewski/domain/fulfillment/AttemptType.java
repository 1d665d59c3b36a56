package com.brewski.domain.fulfillment;

/** What emitted a fulfilment attempt. */
public enum AttemptType {
    AUTO,MANUAL_CODE_INPUT,PARTNER_RETRY,RESEND_EMAIL;

    public String wire() {
        return name();
    }

    public static AttemptType parse(String field, String raw) {
        return Wire.parse(AttemptType.class, field, raw, AttemptType::wire);
    }
}
