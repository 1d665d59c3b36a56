package com.brewski.domain.payments;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** How money moved. */
public enum PaymentMethod {
    CASH,CARD,BANK_TRANSFER,CHEQUE,OTHER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod parse(String field, String raw) {
        if (raw != null) {
            for (PaymentMethod value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of cash, card, bank_transfer, cheque, other");
    }
}
