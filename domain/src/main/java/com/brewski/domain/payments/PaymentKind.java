package com.brewski.domain.payments;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** Money received from, or returned to, the customer. */
public enum PaymentKind {
    PAYMENT,REFUND;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentKind parse(String field, String raw) {
        if (raw != null) {
            for (PaymentKind value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of payment, refund");
    }
}
