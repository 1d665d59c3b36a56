package com.brewski.domain.orders;

import com.brewski.domain.shared.InvalidField;

import java.util.Locale;

/** How an order's shipping is charged. */
public enum ShippingMode {
    AUTO,MANUAL,NONE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ShippingMode parse(String field, String raw) {
        if (raw != null) {
            for (ShippingMode value : values()) if (value.wire().equals(raw)) return value;
        }
        throw new InvalidField(field, field + " must be one of auto, manual, none");
    }
}
